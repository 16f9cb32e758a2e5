import type { DocumentSummary } from '../../../shared/ipc/contract';
import type { BatchEntryRow } from '../../db/db';
import { NO_FILTERS, type BatchFilters, type SortKey, type SortState } from './batchRows';

/** What a kept batch's list looked like: sort, filters (not the search text) and the open report. */
export interface KeptView {
  filters: BatchFilters;
  sort: SortState;
  openId: string | null;
}

export const DEFAULT_VIEW: KeptView = { filters: NO_FILTERS, sort: { key: 'order', descending: false }, openId: null };

const SORT_KEYS = new Set<SortKey>(['order', 'organ', 'year', 'format', 'template', 'error', 'warning', 'info', 'progress', 'verdict']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a stored view, keeping each part that is well formed (IndexedDB holds what any build wrote). */
export function readView(value: unknown): KeptView {
  if (!isRecord(value)) return DEFAULT_VIEW;
  const f = isRecord(value.filters) ? value.filters : {};
  const filters: BatchFilters = {
    withErrors: f.withErrors === true,
    unfinished: f.unfinished === true,
    failed: f.failed === true,
    year: typeof f.year === 'number' && Number.isInteger(f.year) ? f.year : null,
    organ: typeof f.organ === 'string' && f.organ ? f.organ : null,
    search: '',
  };
  const s = isRecord(value.sort) ? value.sort : {};
  const sort: SortState = typeof s.key === 'string' && SORT_KEYS.has(s.key as SortKey) ? { key: s.key as SortKey, descending: s.descending === true } : DEFAULT_VIEW.sort;
  const openId = typeof value.openId === 'string' && value.openId ? value.openId : null;
  return { filters, sort, openId };
}

/** The view to store: the search text is left out (it is for the moment, not for the batch). */
export function storedView(view: KeptView): KeptView {
  return { ...view, filters: { ...view.filters, search: '' } };
}

/** How a file of the batch stands now, beside how it stood when it was added. */
export type EntryState = 'missing' | 'changed' | null;

/** Missing when main cannot find the file; changed when its content hash differs from the one it was added with. */
export function entryState(doc: DocumentSummary, entry: BatchEntryRow | undefined): EntryState {
  if (doc.status === 'failed' && doc.error?.code === 'missing') return 'missing';
  if (entry?.sha256 && doc.sha256 && doc.sha256 !== entry.sha256) return 'changed';
  return null;
}

/**
 * The documents in the batch's order (files not yet written to it last, as they came), each
 * named by its entry when main had no record of it.
 */
export function inBatchOrder(documents: readonly DocumentSummary[], entries: readonly BatchEntryRow[]): DocumentSummary[] {
  const byId = new Map(entries.map((e) => [e.docId, e]));
  return documents
    .map((doc, arrival) => ({ doc, rank: byId.get(doc.id)?.order ?? Number.MAX_SAFE_INTEGER, arrival }))
    .sort((a, b) => a.rank - b.rank || a.arrival - b.arrival)
    .map(({ doc }) => {
      const entry = byId.get(doc.id);
      return !doc.name && entry?.name ? { ...doc, name: entry.name } : doc;
    });
}
