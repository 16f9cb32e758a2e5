import type { DocumentSummary } from '../../../shared/ipc/contract';
import type { ReviewVerdict } from '../../../shared/model';

/** One row of the report list: the document and what the auditor has recorded on it. */
export interface BatchRow {
  doc: DocumentSummary;
  /** Position in the batch (the order files were added): the default order. */
  order: number;
  verdict: ReviewVerdict | null;
  opinion: string;
  /** Findings with a status other than 待核实. */
  decided: number;
  /** All findings. */
  findings: number;
}

/** The columns the list sorts by. */
export type SortKey = 'order' | 'organ' | 'year' | 'format' | 'template' | 'error' | 'warning' | 'info' | 'progress' | 'verdict';

export interface SortState {
  key: SortKey;
  descending: boolean;
}

/** The list's filters; every one that is set must hold. */
export interface BatchFilters {
  withErrors: boolean;
  unfinished: boolean;
  failed: boolean;
  year: number | null;
  organ: string | null;
  /** Type-ahead text, matched against organ and file name. */
  search: string;
}

export const NO_FILTERS: BatchFilters = { withErrors: false, unfinished: false, failed: false, year: null, organ: null, search: '' };

/** What the organ column shows: the organ, or the file name when it was not recognized. */
export function organLabel(doc: DocumentSummary): string {
  return doc.organ ?? doc.name;
}

/** True when a readable report still has undecided findings or no conclusion. */
export function isUnfinished(row: BatchRow): boolean {
  return row.doc.status === 'ready' && (row.decided < row.findings || row.verdict === null);
}

function matches(row: BatchRow, f: BatchFilters): boolean {
  const d = row.doc;
  if (f.withErrors && !(d.status === 'ready' && d.counts.error > 0)) return false;
  if (f.unfinished && !isUnfinished(row)) return false;
  if (f.failed && d.status !== 'failed') return false;
  if (f.year !== null && d.year !== f.year) return false;
  if (f.organ !== null && d.organ !== f.organ) return false;
  const q = f.search.trim().toLowerCase();
  if (q && !`${d.organ ?? ''} ${d.name}`.toLowerCase().includes(q)) return false;
  return true;
}

const VERDICT_RANK: Record<string, number> = { resubmit: 0, revise: 1, pass: 2 };

function sortValue(row: BatchRow, key: SortKey): number | string | null {
  const d = row.doc;
  switch (key) {
    case 'order':
      return row.order;
    case 'organ':
      return organLabel(d);
    case 'year':
      return d.year;
    case 'format':
      return d.format;
    case 'template':
      return d.template;
    case 'error':
    case 'warning':
    case 'info':
      return d.status === 'ready' ? d.counts[key] : null;
    case 'progress':
      return d.status === 'ready' ? (row.findings === 0 ? 1 : row.decided / row.findings) : null;
    case 'verdict':
      return row.verdict === null ? null : VERDICT_RANK[row.verdict];
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The rows to show: filtered, then sorted by the column (stable; ties keep the batch order).
 * Empty values (unknown year, failed file's counts) go last in either direction.
 */
export function visibleRows(rows: readonly BatchRow[], filters: BatchFilters, sort: SortState): BatchRow[] {
  const out = rows.filter((r) => matches(r, filters));
  const sign = sort.descending ? -1 : 1;
  return out.sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return a.order - b.order;
    }
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : a.order - b.order;
  });
}

/** The years and organs present, for the filter menus. */
export function filterChoices(rows: readonly BatchRow[]): { years: number[]; organs: string[] } {
  const years = new Set<number>();
  const organs = new Set<string>();
  for (const r of rows) {
    if (r.doc.year !== null) years.add(r.doc.year);
    if (r.doc.organ) organs.add(r.doc.organ);
  }
  return { years: [...years].sort((a, b) => b - a), organs: [...organs].sort(collator.compare) };
}

/** Counts for the list's header line; a file of a kept batch that moved is `missing`, not failed. */
export function batchCounts(rows: readonly BatchRow[]): { total: number; failed: number; missing: number; finished: number; withErrors: number } {
  let failed = 0;
  let missing = 0;
  let finished = 0;
  let withErrors = 0;
  for (const r of rows) {
    if (r.doc.status === 'failed' && r.doc.error?.code === 'missing') missing++;
    else if (r.doc.status === 'failed') failed++;
    else {
      if (!isUnfinished(r)) finished++;
      if (r.doc.counts.error > 0) withErrors++;
    }
  }
  return { total: rows.length, failed, missing, finished, withErrors };
}
