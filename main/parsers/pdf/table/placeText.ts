import { unionBox, type Box, type TextRun } from '../geometry';
import { groupLines, joinWrapped } from '../text/lines';
import type { GridCell, GridTable } from './grid';

/** A grid cell with the text drawn inside it. */
export interface FilledCell extends GridCell {
  text: string;
  /** One box per text line (the cell box when the cell is empty). */
  lineBoxes: Box[];
  /** For a cell read by OCR: the lowest confidence of its text, 0–100. */
  confidence?: number;
}

/** A ruled table with its text, and the runs that fell outside every table. */
export interface Placement {
  cells: FilledCell[];
  outside: TextRun[];
}

/**
 * Puts each run into the cell that contains its centre; runs outside the table are returned for
 * the paragraphs. Inside a cell, lines are joined without spaces at CJK joints, so a label
 * wrapped as `三、本年度办` / `理结果` reads `三、本年度办理结果`.
 */
export function placeText(table: GridTable, runs: readonly TextRun[]): Placement {
  const slotCell = new Map<number, number>();
  const cols = table.xs.length - 1;
  table.cells.forEach((cell, index) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) slotCell.set(r * cols + c, index);
    }
  });
  const inCell: TextRun[][] = table.cells.map(() => []);
  const outside: TextRun[] = [];
  for (const run of runs) {
    const cx = (run.left + run.right) / 2;
    const cy = (run.bottom + run.top) / 2;
    const c = bandIndex(table.xs, cx, false);
    const r = bandIndex(table.ys, cy, true);
    const index = c < 0 || r < 0 ? undefined : slotCell.get(r * cols + c);
    if (index === undefined) outside.push(run);
    else inCell[index].push(run);
  }
  const cells = table.cells.map((cell, i) => {
    const lines = groupLines(inCell[i]);
    const confidences = inCell[i].flatMap((r) => (r.confidence === undefined ? [] : [r.confidence]));
    const filled: FilledCell = { ...cell, text: joinWrapped(lines.map((l) => l.text)), lineBoxes: lines.length ? lines.map(lineBox) : [cell.box] };
    if (confidences.length) filled.confidence = Math.min(...confidences);
    return filled;
  });
  return { cells, outside };
}

function lineBox(line: Box): Box {
  return unionBox([line]);
}

/** Index of the band [edges[i], edges[i+1]) holding v; edges fall when `descending`. -1 outside. */
function bandIndex(edges: readonly number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i];
    const b = edges[i + 1];
    if (descending ? v <= a && v > b : v >= a && v < b) return i;
  }
  return -1;
}
