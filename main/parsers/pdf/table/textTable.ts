import { unionBox, type Box, type TextRun } from '../geometry';
import type { PageTable } from '../pageBlocks';
import { joinRuns, joinWrapped, type TextLine } from '../text/lines';
import type { FilledCell } from './placeText';
import { labelCells, type LabelChunk } from './textTableLabels';

/**
 * The text-position table reader: tables drawn without any ruling (a report exported from a web
 * page, or typeset with invisible borders), rebuilt from where their text stands.
 *
 * - Values are words that read as numbers and stand apart (a column gap on both sides); words
 *   whose centres share a height are one value row.
 * - Consecutive value rows form a table until a line crosses the value columns with words that
 *   are not values (a heading, a header row, body text): that ends the table.
 * - Value columns are where the value words of the table line up; a row with nothing in a column
 *   has a blank cell there.
 * - Everything left of the values within the table's height is label text: wrapped lines of one
 *   cell are joined, and a label that spans several rows (三、本年度办理结果) becomes a merged
 *   cell (see textTableLabels.ts).
 */

/** A gap this wide (in font sizes) around a number makes it a table value, not a word of prose. */
const VALUE_GAP_EM = 1.2;
/** Runs closer than this (in font sizes) are one word. */
const WORD_GAP_EM = 0.5;

interface Word extends Box {
  text: string;
  runs: TextRun[];
  size: number;
  line: number;
}

interface ValueRow extends Box {
  words: Word[];
  cy: number;
  size: number;
}

const NUMERIC = /^[+\-−]?\d[\d,]*(?:\.\d+)?(?:万元|元|%)?$/u;
const DASH = /^[—–\-－/／﹣―]+$/u;

function wordsOf(lines: TextLine[]): Word[] {
  const words: Word[] = [];
  lines.forEach((line, index) => {
    let current: TextRun[] = [];
    const flush = (): void => {
      const box = unionBox(current);
      if (!box) return;
      words.push({ ...box, text: joinRuns(current), runs: current, size: Math.max(...current.map((r) => r.size)), line: index });
      current = [];
    };
    for (const run of line.runs) {
      const prev = current[current.length - 1];
      if (run.vertical || (prev && run.left - prev.right > WORD_GAP_EM * Math.max(prev.size, run.size))) flush();
      current.push(run);
    }
    flush();
  });
  return words;
}

const cy = (b: Box): number => (b.top + b.bottom) / 2;

/** True for a word that is a cell value standing apart from its neighbours on the line. */
function isValueWord(word: Word, lineWords: Word[]): boolean {
  if (!NUMERIC.test(word.text) && !DASH.test(word.text)) return false;
  const i = lineWords.indexOf(word);
  const prev = lineWords[i - 1];
  const next = lineWords[i + 1];
  const gap = VALUE_GAP_EM * word.size;
  return (!prev || word.left - prev.right >= gap) && (!next || next.left - word.right >= gap);
}

/** Groups value words into rows by the height of their centres. */
function valueRows(values: Word[]): ValueRow[] {
  const sorted = [...values].sort((a, b) => cy(b) - cy(a));
  const rows: ValueRow[] = [];
  for (const w of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.cy - cy(w)) < 0.5 * Math.max(row.size, w.size)) {
      row.words.push(w);
      Object.assign(row, unionBox([row, w]));
    } else rows.push({ ...unionBox([w]), words: [w], cy: cy(w), size: w.size });
  }
  for (const row of rows) row.words.sort((a, b) => a.left - b.left);
  return rows;
}

/** Merges the horizontal extents of value words into columns, left to right. */
function valueColumns(rows: ValueRow[]): Array<{ left: number; right: number }> {
  const words = rows.flatMap((r) => r.words).sort((a, b) => a.left - b.left);
  const cols: Array<{ left: number; right: number; size: number }> = [];
  for (const w of words) {
    const col = cols.find((c) => Math.min(c.right, w.right) - Math.max(c.left, w.left) > -0.3 * w.size);
    if (col) {
      col.left = Math.min(col.left, w.left);
      col.right = Math.max(col.right, w.right);
    } else cols.push({ left: w.left, right: w.right, size: w.size });
  }
  return cols.sort((a, b) => a.left - b.left);
}

/**
 * Finds tables without rulings among a page's lines. Returns them and the runs they took (the
 * caller rebuilds the text lines from the rest).
 */
export function findTextTables(lines: TextLine[], page: number): { tables: PageTable[]; used: Set<TextRun> } {
  const words = wordsOf(lines);
  const byLine = new Map<number, Word[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const values = words.filter((w) => isValueWord(w, byLine.get(w.line) ?? []));
  const rows = valueRows(values);
  const valueSet = new Set(values);
  const tables: PageTable[] = [];
  const used = new Set<TextRun>();
  let i = 0;
  while (i < rows.length) {
    // Grow a zone of value rows while nothing but labels stands between them.
    const zone = [rows[i]];
    let valueLeft = Math.min(...rows[i].words.map((w) => w.left));
    let j = i + 1;
    for (; j < rows.length; j++) {
      const prev = zone[zone.length - 1];
      const next = rows[j];
      const left = Math.min(valueLeft, ...next.words.map((w) => w.left));
      const between = words.filter((w) => !valueSet.has(w) && cy(w) < prev.cy && cy(w) > next.cy);
      const crossing = between.some((w) => w.right > left - 0.3 * w.size);
      // Nor does a word on a value row's own height stand among the values.
      const inRow = words.some((w) => !valueSet.has(w) && Math.abs(cy(w) - next.cy) < 0.3 * w.size && w.right > left - 0.3 * w.size);
      if (crossing || inRow || prev.bottom - next.top > 8 * Math.max(prev.size, next.size)) break;
      zone.push(next);
      valueLeft = left;
    }
    i = j;
    const table = buildTable(zone, words, valueSet, valueLeft, page);
    if (!table) continue;
    tables.push(table.table);
    for (const w of table.words) for (const r of w.runs) used.add(r);
  }
  return { tables, used };
}

/** True when a zone of value rows is a table, not numbers that happen to stand apart in prose. */
function isTable(zone: ValueRow[], labels: Word[]): boolean {
  if (zone.length >= 2) return true;
  const row = zone[0];
  if (row.words.length >= 2) return true;
  // One row, one value: only with a label well to its left (`行政许可      0`).
  const label = labels.filter((l) => Math.abs(cy(l) - row.cy) < 0.5 * row.size).sort((a, b) => b.right - a.right)[0];
  return label !== undefined && row.words[0].left - label.right > 3 * row.size;
}

function buildTable(zone: ValueRow[], words: Word[], valueSet: Set<Word>, valueLeft: number, page: number): { table: PageTable; words: Word[] } | null {
  const size = Math.max(...zone.map((r) => r.size));
  const first = zone[0];
  const last = zone[zone.length - 1];
  // Label lines wrapped above the first row or below the last (a tall label centred on its values)
  // belong to the table when they stay left of the values and close to it.
  let top = first.top;
  let bottom = last.bottom;
  // A label is set in the table's type: a larger line (a section heading right under the table) is not.
  const isLabel = (w: Word): boolean => !valueSet.has(w) && w.right < valueLeft - 0.3 * w.size && w.size <= size * 1.15;
  // A line that also has words across the values (a header row, a heading) lends no labels.
  const crossing = new Set(words.filter((w) => !valueSet.has(w) && !isLabel(w)).map((w) => w.line));
  const candidates = words.filter((w) => isLabel(w) && !crossing.has(w.line));
  for (;;) {
    const above = candidates.filter((w) => w.top > top && w.bottom < top + 0.6 * size);
    if (above.length === 0) break;
    top = Math.max(...above.map((w) => w.top));
  }
  for (;;) {
    const below = candidates.filter((w) => w.bottom < bottom && w.top > bottom - 0.6 * size);
    if (below.length === 0) break;
    bottom = Math.min(...below.map((w) => w.bottom));
  }
  const labels = candidates.filter((w) => cy(w) <= top && cy(w) >= bottom);
  if (!isTable(zone, labels)) return null;
  const columns = valueColumns(zone);
  const chunks: LabelChunk[] = labels.map((w) => ({ left: w.left, right: w.right, top: w.top, bottom: w.bottom, text: w.text, size: w.size }));
  const label = labelCells(
    chunks,
    zone.map((r) => ({ top: r.top, bottom: r.bottom, cy: r.cy })),
  );
  const labelCount = label.columns.length;
  const left = Math.min(valueLeft, ...labels.map((w) => w.left));
  const right = Math.max(...zone.flatMap((r) => r.words.map((w) => w.right)));
  const box: Box = { left, right, top: Math.max(top, ...zone.map((r) => r.top)), bottom: Math.min(bottom, ...zone.map((r) => r.bottom)) };
  const xs = [
    left,
    ...label.columns.slice(1).map((c) => c.left),
    ...columns.map((c, k) => (k === 0 ? (labelCount > 0 ? c.left - 0.3 * size : left) : (columns[k - 1].right + c.left) / 2)),
    right,
  ];
  const uniqueXs = xs.filter((x, k) => k === 0 || x > xs[k - 1]);
  const ys = [box.top, ...zone.slice(1).map((r, k) => (zone[k].bottom + r.top) / 2), box.bottom];
  const cells: FilledCell[] = [];
  for (const c of label.cells) {
    const cellBox = { left: label.columns[c.col].left, right: label.columns[c.col + 1]?.left ?? valueLeft, top: ys[c.row], bottom: ys[c.row + c.rowSpan] };
    cells.push({
      row: c.row,
      col: c.col,
      rowSpan: c.rowSpan,
      colSpan: 1,
      box: cellBox,
      text: joinWrapped(c.chunks.map((k) => k.text)),
      lineBoxes: c.chunks.map((k) => ({ left: k.left, right: k.right, top: k.top, bottom: k.bottom })),
    });
  }
  zone.forEach((row, r) => {
    columns.forEach((col, k) => {
      const inCol = row.words.filter((w) => Math.min(col.right, w.right) - Math.max(col.left, w.left) > -0.3 * w.size);
      const cellBox = { left: col.left, right: col.right, top: ys[r], bottom: ys[r + 1] };
      cells.push({
        row: r,
        col: labelCount + k,
        rowSpan: 1,
        colSpan: 1,
        box: cellBox,
        text: inCol.map((w) => w.text).join(''),
        lineBoxes: inCol.length ? inCol.map((w) => ({ left: w.left, right: w.right, top: w.top, bottom: w.bottom })) : [cellBox],
      });
    });
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const grid = { xs: uniqueXs, ys, cells: cells.map(({ row, col, rowSpan, colSpan, box: b }) => ({ row, col, rowSpan, colSpan, box: b })), box };
  return { table: { kind: 'table', page, grid, cells, ruled: false }, words: [...labels, ...zone.flatMap((r) => r.words)] };
}
