import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import type { Workspace } from '../../app/useWorkspace';
import { NO_FILTERS, visibleRows, type BatchFilters, type BatchRow, type SortState } from './batchRows';
import { useBatchRows } from './useBatchRows';
import { useKeptBatches, type KeptBatches } from './useKeptBatches';

/** Which reports an export covers. */
export type ExportScope = 'current' | 'batch' | 'selected';

/** The list's state and what the workspace needs of it. */
export interface Batch {
  rows: BatchRow[];
  /** The rows in the list's order after filters: ↑/↓ and 上一份/下一份 follow it. */
  shown: BatchRow[];
  filters: BatchFilters;
  setFilters(f: BatchFilters): void;
  sort: SortState;
  setSort(s: SortState): void;
  selected: ReadonlySet<string>;
  setSelected(ids: ReadonlySet<string>): void;
  focusId: string | null;
  setFocusId(id: string | null): void;
  /** Opens the next / previous report of the list. */
  step(delta: 1 | -1): void;
  scope: ExportScope;
  setScope(scope: ExportScope): void;
  /** The documents the chosen export scope covers. */
  exportTargets(): DocumentSummary[];
  /** The kept batches (named, switched, reopened on start) and the state of each file. */
  kept: KeptBatches;
}

/**
 * The report list's state over the workspace: rows with their conclusions, filters and sort
 * (kept in IndexedDB so that the list reopens as it was), selection, the focused row, stepping
 * through reports, and the scope of exports.
 */
export function useBatch(ws: Workspace): Batch {
  const kept = useKeptBatches(ws);
  const rows = useBatchRows(kept.documents);
  const [filters, setFilters] = useState<BatchFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>({ key: 'order', descending: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [scope, setScope] = useState<ExportScope>('current');

  // Each batch keeps its own sort and filters: they come back when it is shown again.
  // `applied` changes in the same render as the filters it restored: a save names the view its
  // filters and sort stand on, and one from the batch shown before is ignored.
  const { view, viewSeq, saveView } = kept;
  const [applied, setApplied] = useState(0);
  useEffect(() => {
    if (viewSeq === 0) return;
    setFilters(view.filters);
    setSort(view.sort);
    setSelected(new Set());
    setApplied(viewSeq);
    // Only when a batch is shown (viewSeq), not on every save of its view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewSeq]);
  useEffect(() => saveView({ filters, sort }, applied), [filters, sort, applied, saveView]);

  const shown = useMemo(() => visibleRows(rows, filters, sort), [rows, filters, sort]);

  // The open report is the list's focus, so that closing it leaves the list where it was.
  useEffect(() => {
    if (ws.activeId) setFocusId(ws.activeId);
  }, [ws.activeId]);
  // Forget selections of removed documents.
  useEffect(() => {
    const ids = new Set(ws.documents.map((d) => d.id));
    setSelected((s) => ([...s].every((id) => ids.has(id)) ? s : new Set([...s].filter((id) => ids.has(id)))));
  }, [ws.documents]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (shown.length === 0) return;
      const i = shown.findIndex((r) => r.doc.id === (ws.activeId ?? focusId));
      const next = shown[(i < 0 ? 0 : i + delta + shown.length) % shown.length];
      ws.setActiveId(next.doc.id);
    },
    [shown, ws, focusId],
  );

  // Alt+↑ / Alt+↓ move between reports; Esc in a report (outside a field, when no menu, search or
  // selection took it first) goes back to the list.
  const latest = useRef({ step, ws });
  latest.current = { step, ws };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        latest.current.step(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Escape' && !e.defaultPrevented && !inField && latest.current.ws.activeId) {
        latest.current.ws.closeReport();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const exportTargets = useCallback((): DocumentSummary[] => {
    if (scope === 'batch') return visibleRows(rows, NO_FILTERS, sort).map((r) => r.doc);
    if (scope === 'selected') return shown.filter((r) => selected.has(r.doc.id)).map((r) => r.doc);
    const id = ws.activeId ?? focusId;
    const doc = ws.documents.find((d) => d.id === id);
    return doc ? [doc] : [];
  }, [scope, rows, sort, shown, selected, ws.activeId, ws.documents, focusId]);

  return { rows, shown, filters, setFilters, sort, setSort, selected, setSelected, focusId, setFocusId, step, scope, setScope, exportTargets, kept };
}
