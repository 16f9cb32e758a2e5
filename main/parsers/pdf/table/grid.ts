import type { Box } from '../geometry';
import { SAME_LINE, type Ruling, type RulingGroup } from './rulings';

/** A cell of a ruled table: its place in the grid and its box on the page. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

/** A table rebuilt from its rulings: column edges left→right, row edges top→bottom (y falls). */
export interface GridTable {
  xs: number[];
  ys: number[];
  /** Cells ordered by row, then column; every grid slot belongs to exactly one cell. */
  cells: GridCell[];
  box: Box;
}

/** How much of a cell edge (fraction) a ruling must cover for the edge to count as drawn. */
const EDGE_COVERAGE = 0.5;

/**
 * Rebuilds the cells of a ruled table. Column edges are the vertical lines' positions and row
 * edges the horizontal ones'; two neighbouring grid slots belong to the same (merged) cell when
 * no ruling is drawn between them. Outer edges come from the lines' extents, so a table drawn
 * without left and right borders (common in WPS exports) still gets its outer columns.
 */
export function buildGrid(group: RulingGroup): GridTable {
  const { horizontal, vertical } = group;
  const left = Math.min(...horizontal.map((h) => h.from), ...vertical.map((v) => v.pos));
  const right = Math.max(...horizontal.map((h) => h.to), ...vertical.map((v) => v.pos));
  const bottom = Math.min(...vertical.map((v) => v.from), ...horizontal.map((h) => h.pos));
  const top = Math.max(...vertical.map((v) => v.to), ...horizontal.map((h) => h.pos));
  const xs = clusterPositions([left, right, ...vertical.map((v) => v.pos)]);
  const ys = clusterPositions([bottom, top, ...horizontal.map((h) => h.pos)]).reverse();
  const rows = ys.length - 1;
  const cols = xs.length - 1;

  // Union-find over grid slots: slot (r, c) has id r * cols + c.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vertical, xs[c + 1], ys[r + 1], ys[r])) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(horizontal, ys[r + 1], xs[c], xs[c + 1])) union(r * cols + c, (r + 1) * cols + c);
    }
  }

  const extents = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const e = extents.get(root);
      if (!e) extents.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r0 = Math.min(e.r0, r);
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...extents.values()]
    .map(({ r0, r1, c0, c1 }) => ({
      row: r0,
      col: c0,
      rowSpan: r1 - r0 + 1,
      colSpan: c1 - c0 + 1,
      box: { left: xs[c0], right: xs[c1 + 1], top: ys[r0], bottom: ys[r1 + 1] },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, box: { left, right, bottom, top } };
}

/** Sorted distinct positions, near ones averaged. */
function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SAME_LINE) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** True when rulings at `pos` cover at least EDGE_COVERAGE of the edge from `a` to `b`. */
function covered(lines: readonly Ruling[], pos: number, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let length = 0;
  for (const l of lines) {
    if (Math.abs(l.pos - pos) > SAME_LINE) continue;
    length += Math.max(0, Math.min(hi, l.to) - Math.max(lo, l.from));
  }
  return length >= (hi - lo) * EDGE_COVERAGE;
}
