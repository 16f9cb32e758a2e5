import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import { getDb, type ConclusionRow } from '../../db/db';
import { orShow } from '../notes/liveQuery';
import type { BatchRow } from './batchRows';

interface Recorded {
  conclusions: Map<string, ConclusionRow>;
  decided: Map<string, number>;
}

const EMPTY: Recorded = { conclusions: new Map(), decided: new Map() };

/** Conclusions and decided-finding counts of many reports, in two indexed reads. */
async function readRecorded(sha256s: string[]): Promise<Recorded> {
  if (sha256s.length === 0) return EMPTY;
  const db = getDb();
  const [conclusions, decisions] = await Promise.all([db.conclusions.where('sha256').anyOf(sha256s).toArray(), db.decisions.where('sha256').anyOf(sha256s).toArray()]);
  const decided = new Map<string, number>();
  for (const d of decisions) if (d.status !== 'pending') decided.set(d.sha256, (decided.get(d.sha256) ?? 0) + 1);
  return { conclusions: new Map(conclusions.map((c) => [c.sha256, c])), decided };
}

/**
 * The list's rows: each document with its conclusion and review progress from IndexedDB, kept
 * live (a verdict set in the report view shows in the list at once).
 */
export function useBatchRows(documents: readonly DocumentSummary[]): BatchRow[] {
  const key = useMemo(() => [...new Set(documents.map((d) => d.sha256).filter(Boolean))].sort().join(','), [documents]);
  const recorded = useLiveQuery(() => orShow(readRecorded(key ? key.split(',') : []), EMPTY), [key]) ?? EMPTY;
  return useMemo(
    () =>
      documents.map((doc, order): BatchRow => {
        const c = recorded.conclusions.get(doc.sha256);
        const findings = doc.counts.error + doc.counts.warning + doc.counts.info;
        return {
          doc,
          order,
          verdict: c?.verdict ?? null,
          opinion: c?.opinion ?? '',
          decided: Math.min(findings, recorded.decided.get(doc.sha256) ?? 0),
          findings,
        };
      }),
    [documents, recorded],
  );
}
