import { useCallback, useMemo, useRef, useState } from 'react';
import { reportSeries, type ReportSeries } from '../../../shared/checks/series';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import type { Workspace } from '../../app/useWorkspace';

/** The 历年对照 view's state over the workspace. */
export interface SeriesViewState {
  /** Years of the body's series, by document id, for the reports that have one (≥ 2 years). */
  yearsOf: ReadonlyMap<string, number[]>;
  /** The series shown instead of the list, if any. */
  current: ReportSeries<DocumentSummary> | null;
  /** Shows the series of this document's body (nothing when it has none). */
  openFor(id: string): void;
  close(): void;
  /** Opens a report of the series at a cell (closing the report comes back to the series). */
  openAt(id: string, cell: string): void;
  /** The cell a report was opened at from the series, once, when that report becomes active. */
  takePendingCell(activeId: string | null): string | null;
}

/** Which bodies of the batch have reports of several years, and the series view shown. */
export function useSeriesView(ws: Pick<Workspace, 'documents' | 'setActiveId'>): SeriesViewState {
  const all = useMemo(() => reportSeries(ws.documents.filter((d) => d.status === 'ready')), [ws.documents]);
  const yearsOf = useMemo(() => {
    const m = new Map<string, number[]>();
    for (const s of all) for (const d of s.members) m.set(d.id, s.years);
    return m;
  }, [all]);
  const [key, setKey] = useState<string | null>(null);
  const pending = useRef<{ id: string; cell: string } | null>(null);
  const current = key ? (all.find((s) => s.key === key) ?? null) : null;

  const openFor = useCallback((id: string) => setKey(all.find((s) => s.members.some((d) => d.id === id))?.key ?? null), [all]);
  const close = useCallback(() => setKey(null), []);
  const { setActiveId } = ws;
  const openAt = useCallback(
    (id: string, cell: string) => {
      pending.current = { id, cell };
      setActiveId(id);
    },
    [setActiveId],
  );
  const takePendingCell = useCallback((activeId: string | null) => {
    const p = pending.current;
    pending.current = null;
    return p && p.id === activeId ? p.cell : null;
  }, []);
  return { yearsOf, current, openFor, close, openAt, takePendingCell };
}
