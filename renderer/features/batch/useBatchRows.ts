import { useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import { getDb, type ConclusionRow } from '../../db/db';
import type { BatchRow } from './batchRows';
import { useBatchQuery } from './useBatchQuery';

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
 * live (a verdict set in the report view shows in the list at once). A row whose document and
 * record did not change is the same object as before, so that the list redraws only what changed.
 */
export function useBatchRows(documents: readonly DocumentSummary[]): BatchRow[] {
  const shown = useBatchQuery(documents, readRecorded, EMPTY);
  const cache = useRef(new Map<string, BatchRow>());
  return useMemo(() => {
    const next = new Map<string, BatchRow>();
    const rows = documents.map((doc, order): BatchRow => {
      const c = shown.conclusions.get(doc.sha256);
      const findings = doc.counts.error + doc.counts.warning + doc.counts.info;
      const verdict = c?.verdict ?? null;
      const opinion = c?.opinion ?? '';
      const decided = Math.min(findings, shown.decided.get(doc.sha256) ?? 0);
      const before = cache.current.get(doc.id);
      const row =
        before && before.doc === doc && before.order === order && before.verdict === verdict && before.opinion === opinion && before.decided === decided
          ? before
          : { doc, order, verdict, opinion, decided, findings };
      next.set(doc.id, row);
      return row;
    });
    cache.current = next;
    return rows;
  }, [documents, shown]);
}
