import { unionBox, type Box, type TextRun } from '../geometry';
import { joinRuns, type TextLine } from '../text/lines';
import type { PageTable } from '../pageBlocks';
import type { FilledCell } from './placeText';

/** A gap this wide (in font sizes) between runs on a line separates two columns. */
const COLUMN_GAP_EM = 1.5;

interface Chunk extends Box {
  text: string;
  runs: TextRun[];
}

interface Row {
  line: TextLine;
  chunks: Chunk[];
}

/**
 * The fallback for tables drawn without rulings: consecutive lines that break into several
 * widely spaced chunks, at least one of them a number, are rows; columns are where the chunks of
 * the fullest rows line up (a header chunk spanning several columns gets a colSpan). The lines
 * that are not part of such a run are returned for the paragraphs.
 */
export function findBorderlessTables(lines: TextLine[], page: number): { tables: PageTable[]; lines: TextLine[] } {
  const rows: Array<Row | null> = lines.map((line) => {
    const chunks = splitChunks(line);
    return isTableRow(chunks) ? { line, chunks } : null;
  });
  const tables: PageTable[] = [];
  const used = new Set<TextLine>();
  for (let i = 0; i < rows.length; ) {
    if (!rows[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j]) j++;
    const run = rows.slice(i, j) as Row[];
    if (run.length >= 2) {
      tables.push(buildTable(run, page));
      for (const row of run) used.add(row.line);
    }
    i = j;
  }
  return { tables, lines: lines.filter((l) => !used.has(l)) };
}

function splitChunks(line: TextLine): Chunk[] {
  const chunks: Chunk[] = [];
  let current: TextRun[] = [];
  for (const run of line.runs) {
    const prev = current[current.length - 1];
    if (prev && run.left - prev.right > COLUMN_GAP_EM * Math.max(prev.size, run.size)) {
      chunks.push(toChunk(current));
      current = [];
    }
    current.push(run);
  }
  if (current.length) chunks.push(toChunk(current));
  return chunks;
}

function toChunk(runs: TextRun[]): Chunk {
  return { ...unionBox(runs)!, text: joinRuns(runs), runs };
}

const NUMERIC = /^[+\-−]?\d[\d,.]*(?:万元|元|%)?$/u;

function isTableRow(chunks: readonly Chunk[]): boolean {
  if (chunks.length < 2) return false;
  return chunks.length >= 3 || chunks.some((c) => NUMERIC.test(c.text));
}

function buildTable(rows: Row[], page: number): PageTable {
  const maxChunks = Math.max(...rows.map((r) => r.chunks.length));
  const columns = projectColumns(rows.filter((r) => r.chunks.length === maxChunks).flatMap((r) => r.chunks));
  const box = unionBox(rows.map((r) => r.line))!;
  // Column edges halfway between neighbouring columns, outer edges at the table's box.
  const xs = [box.left, ...columns.slice(1).map((c, i) => (columns[i].right + c.left) / 2), box.right];
  const ys = [box.top, ...rows.slice(1).map((r, i) => (rows[i].line.bottom + r.line.top) / 2), box.bottom];
  const cells: FilledCell[] = [];
  rows.forEach((row, r) => {
    const taken = new Set<number>();
    for (const chunk of row.chunks) {
      const hit = columns.map((c, k) => (overlap(c, chunk) > 0 ? k : -1)).filter((k) => k >= 0);
      const first = hit.length ? hit[0] : nearestColumn(columns, chunk);
      const last = hit.length ? hit[hit.length - 1] : first;
      if (taken.has(first)) {
        // Two chunks in one column (a stray gap inside a label): append to the cell.
        const cell = cells.find((c) => c.row === r && c.col <= first && first < c.col + c.colSpan);
        if (cell) cell.text += chunk.text;
        continue;
      }
      for (let k = first; k <= last; k++) taken.add(k);
      const cellBox = { left: xs[first], right: xs[last + 1], top: ys[r], bottom: ys[r + 1] };
      cells.push({ row: r, col: first, rowSpan: 1, colSpan: last - first + 1, box: cellBox, text: chunk.text, lineBoxes: [chunk] });
    }
    // Columns left empty in this row still get a cell, as a ruled table would have.
    columns.forEach((_, k) => {
      if (taken.has(k)) return;
      const cellBox = { left: xs[k], right: xs[k + 1], top: ys[r], bottom: ys[r + 1] };
      cells.push({ row: r, col: k, rowSpan: 1, colSpan: 1, box: cellBox, text: '', lineBoxes: [cellBox] });
    });
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const grid = { xs, ys, cells: cells.map(({ row, col, rowSpan, colSpan, box: b }) => ({ row, col, rowSpan, colSpan, box: b })), box };
  return { kind: 'table', page, grid, cells, ruled: false };
}

/** Merges the horizontal extents of chunks into column intervals, left to right. */
function projectColumns(chunks: readonly Chunk[]): Array<{ left: number; right: number }> {
  const sorted = [...chunks].sort((a, b) => a.left - b.left);
  const out: Array<{ left: number; right: number }> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.left <= last.right) last.right = Math.max(last.right, c.right);
    else out.push({ left: c.left, right: c.right });
  }
  return out;
}

function overlap(a: { left: number; right: number }, b: { left: number; right: number }): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

function nearestColumn(columns: ReadonlyArray<{ left: number; right: number }>, chunk: Box): number {
  const mid = (chunk.left + chunk.right) / 2;
  let best = 0;
  columns.forEach((c, k) => {
    const d = Math.abs((c.left + c.right) / 2 - mid);
    if (d < Math.abs((columns[best].left + columns[best].right) / 2 - mid)) best = k;
  });
  return best;
}
