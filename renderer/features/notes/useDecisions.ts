import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb, type DecisionRow } from '../../db/db';
import { decisionsOf } from '../../db/decisions';
import { orShow } from './liveQuery';

const NONE: ReadonlyMap<string, DecisionRow> = new Map();

/** The decisions of a report by finding key (a finding with none is 待核实). */
export function useDecisions(sha256: string | null): ReadonlyMap<string, DecisionRow> {
  const rows = useLiveQuery(() => (sha256 ? orShow(decisionsOf(getDb(), sha256), []) : Promise.resolve([])), [sha256]);
  return useMemo(() => (rows ? new Map(rows.map((r) => [r.findingKey, r])) : NONE), [rows]);
}
