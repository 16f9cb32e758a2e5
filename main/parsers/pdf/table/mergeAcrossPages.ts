import type { Box } from '../geometry';
import { joinWrapped } from '../text/lines';
import type { FilledCell } from './placeText';

/** A table that may span pages: its cells carry the page they are drawn on. */
export interface SpanningTable {
  /** Column edges, left to right (the union of the parts' edges). */
  xs: number[];
  rowCount: number;
  cells: Array<FilledCell & { page: number }>;
  /** Page and box of each part, for the table anchor. */
  parts: Array<{ page: number; box: Box }>;
}

/** Column edges closer than this (points) are the same edge on both pages. */
const EDGE_MATCH = 3;

/**
 * True when `next` (the first table of a page) continues `prev` (the last table of the page
 * before): same left and right edges and most inner column edges in common.
 */
export function continuesTable(prev: SpanningTable, nextXs: readonly number[]): boolean {
  const a = prev.xs;
  const b = nextXs;
  if (Math.abs(a[0] - b[0]) > EDGE_MATCH || Math.abs(a[a.length - 1] - b[b.length - 1]) > EDGE_MATCH) return false;
  // A part may be a single cut row with fewer columns (a header cut by the break), so the edges
  // of the part with fewer columns must mostly exist in the other.
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  const shared = few.filter((x) => many.some((y) => Math.abs(x - y) <= EDGE_MATCH)).length;
  return shared >= Math.ceil(few.length * 0.6);
}

/**
 * Appends the part of a table drawn on the next page. Column indices are remapped onto the union
 * of both parts' edges; a header repeated at the top of the new page is dropped; and a row-label
 * cell merged over rows that the page break cut (the new part starts with an empty cell in the
 * same columns) is extended instead of being duplicated.
 */
export function appendPart(table: SpanningTable, part: { page: number; xs: number[]; rowCount: number; cells: FilledCell[]; box: Box }): SpanningTable {
  const xs = unionEdges(table.xs, part.xs);
  const remap = (cell: FilledCell & { page: number }, edges: readonly number[]): FilledCell & { page: number } => {
    const c0 = nearestIndex(xs, edges[cell.col]);
    const c1 = nearestIndex(xs, edges[cell.col + cell.colSpan]);
    return { ...cell, col: c0, colSpan: Math.max(1, c1 - c0) };
  };
  const before = table.cells.map((c) => remap(c, table.xs));
  let incoming = part.cells.map((c) => remap({ ...c, page: part.page }, part.xs));

  const skip = repeatedHeaderRows(before, incoming);
  if (skip > 0) incoming = incoming.filter((c) => c.row >= skip).map((c) => ({ ...c, row: c.row - skip }));
  const partRows = part.rowCount - skip;

  const merged = [...before];
  const lastRow = table.rowCount;
  for (const cell of incoming) {
    const open = cell.row === 0 ? merged.find((c) => c.row + c.rowSpan === lastRow && c.col === cell.col && c.colSpan === cell.colSpan) : undefined;
    if (open && isCutCell(open, cell)) {
      merged[merged.indexOf(open)] = { ...open, rowSpan: open.rowSpan + cell.rowSpan, text: joinWrapped([open.text, cell.text]) };
      continue;
    }
    merged.push({ ...cell, row: cell.row + lastRow });
  }
  merged.sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, rowCount: lastRow + partRows, cells: merged, parts: [...table.parts, { page: part.page, box: part.box }] };
}

// `（五）`, `(3)`, `三、`, `2.`: a list marker with nothing after it cannot be a whole label.
const STARTS_WITH_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/u;
const LIST_MARKER_ONLY = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*$/u;

/**
 * True when a cell at the top of the new page is the rest of a merged cell the page break cut:
 * WPS leaves the continuation empty (the label stays above), LibreOffice flows the text on, which
 * shows when the part above holds only the list marker of a label (`（五）` / `不予处理`) or
 * stops inside brackets. Two complete labels stacked at a break look the same otherwise, so
 * nothing else is merged.
 */
function isCutCell(above: FilledCell, below: FilledCell): boolean {
  if (below.text === '') return above.text !== '' && above.rowSpan > 1;
  if (above.text === '') return false;
  return LIST_MARKER_ONLY.test(above.text) || opensMoreThanCloses(above.text) || flowsOver(above, below);
}

/**
 * True when a merged cell's text runs down to the bottom of its part on one page and goes on in
 * the same column on the next (`三、本年度办理结` / `果`): the text was flowing when the page
 * ended. LibreOffice centres each part's share of the text, so only the part above is measured;
 * a continuation never starts a new list item, which keeps `（四）…` and `（五）…` apart.
 */
function flowsOver(above: FilledCell, below: FilledCell): boolean {
  if (above.rowSpan === 1 && below.rowSpan === 1) return false;
  if (STARTS_WITH_MARKER.test(below.text)) return false;
  const last = above.lineBoxes[above.lineBoxes.length - 1];
  return last.bottom - above.box.bottom < (last.top - last.bottom) * 1.6;
}

/** True for text cut inside brackets: `（本列数据的勾稽关系为：第一项加第`. */
function opensMoreThanCloses(text: string): boolean {
  const open = (text.match(/[（(【〔《“]/gu) ?? []).length;
  const close = (text.match(/[）)】〕》”]/gu) ?? []).length;
  return open > close;
}

/** How many leading rows of `next` repeat the first rows of `first` word for word (0 if none). */
function repeatedHeaderRows(first: ReadonlyArray<FilledCell>, next: ReadonlyArray<FilledCell>): number {
  const rowText = (cells: ReadonlyArray<FilledCell>, row: number): string =>
    cells
      .filter((c) => c.row === row)
      .map((c) => `${c.col}:${c.text}`)
      .join('|');
  let k = 0;
  while (k < 4) {
    const a = rowText(first, k);
    const b = rowText(next, k);
    if (!a || a !== b || !/[^\d\s|:]/.test(a)) break;
    k++;
  }
  return k;
}

function unionEdges(a: readonly number[], b: readonly number[]): number[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => Math.abs(x - y) <= EDGE_MATCH)) out.push(x);
  return out.sort((p, q) => p - q);
}

function nearestIndex(edges: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
  return best;
}
