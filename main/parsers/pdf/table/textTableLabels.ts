import type { Box } from '../geometry';

/** A piece of label text of a table without rulings, as drawn. */
export interface LabelChunk extends Box {
  text: string;
  size: number;
}

/** A label cell rebuilt: its grid row and column, the rows it spans, its lines top to bottom. */
export interface LabelCell {
  row: number;
  col: number;
  rowSpan: number;
  chunks: LabelChunk[];
}

interface Block {
  col: number;
  chunks: LabelChunk[];
  top: number;
  bottom: number;
  /** Value rows the block's lines stand beside. */
  anchors: number[];
  group: boolean;
  rows: number[];
}

/** Pieces on one line closer than this (font sizes) are one label: `(一)  予以公开`. */
const JOIN_EM = 0.8;
/** Lines of one cell are closer than this (font sizes, bottom to top); cells are farther apart. */
const WRAP_EM = 0.6;

const cy = (b: Box): number => (b.top + b.bottom) / 2;

function joinLine(chunks: LabelChunk[]): LabelChunk[] {
  const sorted = [...chunks].sort((a, b) => cy(b) - cy(a) || a.left - b.left);
  const out: LabelChunk[] = [];
  for (const c of sorted) {
    const prev = out.find((o) => Math.abs(cy(o) - cy(c)) < 0.3 * c.size && c.left >= o.right - 0.1 * c.size && c.left - o.right < JOIN_EM * c.size);
    if (prev) {
      prev.text += c.text;
      prev.right = c.right;
      prev.top = Math.max(prev.top, c.top);
      prev.bottom = Math.min(prev.bottom, c.bottom);
    } else out.push({ ...c });
  }
  return out;
}

/**
 * Rebuilds the label columns of a table without rulings. Label columns are where label lines
 * start (left edges that line up); in each column, lines closer than a line gap are one cell
 * (a wrapped label). A cell stands beside the value rows its lines overlap. A cell is a merged
 * group label (三、本年度办理结果, （三）不予公开) when it stands beside several rows, or beside a row
 * that also has a label further right; it then covers the rows around it that have a label
 * further right and none in its column, up to the next cell of its column.
 */
export function labelCells(pieces: LabelChunk[], rows: Array<{ top: number; bottom: number; cy: number }>): { columns: Array<{ left: number }>; cells: LabelCell[] } {
  if (pieces.length === 0 || rows.length === 0) return { columns: [], cells: [] };
  const chunks = joinLine(pieces);
  const size = Math.max(...chunks.map((c) => c.size));
  const lefts = chunks.map((c) => c.left).sort((a, b) => a - b);
  const columns: Array<{ left: number }> = [];
  for (const left of lefts) if (!columns.length || left - columns[columns.length - 1].left > JOIN_EM * size) columns.push({ left });
  const colOf = (c: LabelChunk): number => {
    let k = 0;
    while (k + 1 < columns.length && columns[k + 1].left <= c.left + 0.1 * size) k++;
    return k;
  };
  const blocks: Block[] = [];
  columns.forEach((_, col) => {
    const inCol = chunks.filter((c) => colOf(c) === col).sort((a, b) => b.top - a.top);
    for (const c of inCol) {
      const last = blocks[blocks.length - 1];
      if (last && last.col === col && last.bottom - c.top < WRAP_EM * c.size) {
        last.chunks.push(c);
        last.bottom = Math.min(last.bottom, c.bottom);
      } else blocks.push({ col, chunks: [c], top: c.top, bottom: c.bottom, anchors: [], group: false, rows: [] });
    }
  });
  for (const b of blocks) {
    const tol = 0.3 * size;
    b.anchors = rows.map((r, i) => (r.cy <= b.top + tol && r.cy >= b.bottom - tol ? i : -1)).filter((i) => i >= 0);
    if (b.anchors.length === 0) {
      const mid = (b.top + b.bottom) / 2;
      let best = 0;
      rows.forEach((r, i) => {
        if (Math.abs(r.cy - mid) < Math.abs(rows[best].cy - mid)) best = i;
      });
      b.anchors = [best];
    }
  }
  const deepest = new Map<number, number>(); // row → rightmost label column beside it
  for (const b of blocks) for (const r of b.anchors) deepest.set(r, Math.max(deepest.get(r) ?? -1, b.col));
  for (const b of blocks) b.group = b.anchors.length > 1 || b.anchors.some((r) => (deepest.get(r) ?? -1) > b.col);
  // Spread each group label over the rows around it that belong under it.
  columns.forEach((_, col) => {
    const inCol = blocks.filter((b) => b.col === col);
    const owner = new Map<number, Block>();
    for (const b of inCol) for (const r of b.anchors) owner.set(r, b);
    rows.forEach((row, r) => {
      if (owner.has(r) || (deepest.get(r) ?? -1) <= col) return;
      const above = inCol.filter((b) => Math.max(...b.anchors) < r).sort((a, b) => Math.max(...b.anchors) - Math.max(...a.anchors))[0];
      const below = inCol.filter((b) => Math.min(...b.anchors) > r).sort((a, b) => Math.min(...a.anchors) - Math.min(...b.anchors))[0];
      const reach = [above, below].filter((b): b is Block => b !== undefined && b.group);
      const distance = (b: Block): number => (row.cy > b.top ? row.cy - b.top : b.bottom > row.cy ? b.bottom - row.cy : 0);
      const chosen = reach.sort((a, b) => distance(a) - distance(b))[0];
      if (chosen) owner.set(r, chosen);
    });
    for (const b of inCol)
      b.rows = [...owner]
        .filter(([, o]) => o === b)
        .map(([r]) => r)
        .sort((x, y) => x - y);
  });
  const cells: LabelCell[] = blocks.map((b) => {
    const first = b.group ? Math.min(...b.rows) : b.anchors[0];
    const last = b.group ? Math.max(...b.rows) : b.anchors[0];
    return { row: first, col: b.col, rowSpan: last - first + 1, chunks: b.chunks };
  });
  // Two own labels beside one row in one column (a stray gap): one cell.
  const merged: LabelCell[] = [];
  for (const c of cells.sort((a, b) => a.row - b.row || a.col - b.col)) {
    const same = merged.find((m) => m.row === c.row && m.col === c.col);
    if (same) {
      same.chunks.push(...c.chunks);
      same.rowSpan = Math.max(same.rowSpan, c.rowSpan);
    } else merged.push(c);
  }
  return { columns, cells: merged };
}
