import { checkTextBudget, checkTextBytesBudget } from '../budgets';
import { assignGridColumns } from '../../../shared/lib/grid';
import type { LayoutBlock, LayoutCell } from '../../../shared/model';
import { decodeText } from '../decode';
import type { ParsedDocument } from '../types';
import { normalizeLabel } from '../../../shared/lib/text';
import { hasLeadingZero, isDash, parseValue } from '../../../shared/lib/values';

interface Line {
  text: string;
  start: number;
}

/** A line holding one cell of a table flattened one cell per line: a leading tab and no other. */
const isCellLine = (line: string) => /^\t[^\t]*$/.test(line);
/** A line holding a whole row of a tab-separated table. */
const isRowLine = (line: string) => /\t/.test(line) && !isCellLine(line);
const isBlank = (line: string) => line.replace(/[\s\u00a0\u3000]/gu, '') === '' && !line.includes('\t');

/**
 * A line that is one value and nothing else: `0`, `-7`, `11522.96`, `—`. Not `0000000`: a count
 * is never written with a leading zero, so that is a row's cells run together, a row of its own.
 */
const isValueLine = (line: string) => {
  const value = line.trim();
  if (value === '' || /[\s\u00a0\u3000]/u.test(value) || hasLeadingZero(value)) return false;
  return parseValue(value).numeric || isDash(value);
};
/** The longest line that may label the values below it (a row's label, not prose). */
const LABEL_MAX = 40;
/** A line that may be a row's label: short, not a sentence, and no value of its own at its end. */
const isLabelLine = (line: string) =>
  !isBlank(line) && !line.includes('\t') && !isValueLine(line) && normalizeLabel(line).length <= LABEL_MAX && !/[\d。；？！.;?!]\s*$/u.test(line);

/**
 * The lines from `i` that hold a table row flattened one cell a line with nothing to mark the
 * cells (a report saved as plain text by Word, WPS or LibreOffice; a table copied cell by cell):
 * a label line, then its values, one a line, blank lines (empty cells) between them. A line of
 * several values is a row of its own, as flattened text writes it (`0 0 0 0 0 0 0`), and ends
 * the row. Returns the index after the row's last value, or `i` when the line at `i` starts none.
 */
function cellsBelowEnd(lines: Line[], i: number): number {
  if (!isLabelLine(lines[i].text)) return i;
  let end = i;
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j].text;
    if (text.includes('\t')) break;
    if (isValueLine(text)) end = j + 1;
    else if (!isBlank(text)) break;
  }
  return end;
}

function cell(text: string, start: number, col: number): LayoutCell {
  return { text, rowSpan: 1, colSpan: 1, col, anchor: { kind: 'text', start, end: start + text.length } };
}

/** Splits a tab-separated line into cells; trailing empty cells are padding, not blanks. */
function rowCells(line: Line): LayoutCell[] {
  const parts = line.text.split('\t');
  while (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  let offset = line.start;
  return parts.map((part, i) => {
    const c = cell(part, offset, i);
    offset += part.length + 1;
    return c;
  });
}

/**
 * Reads a plain-text report: paragraphs one per line, and the table flattenings real conversions
 * produce — one row per line with tab-separated cells, one cell per line (each behind a tab) with
 * a blank line between rows, or one cell per line with no mark at all (cellsBelowEnd). Anchors
 * are character offsets into the text.
 */
export function parseTxt(bytes: Uint8Array): ParsedDocument {
  checkTextBytesBudget(bytes.length, '文本文件');
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  checkTextBudget(text.length, '文本文件');
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  const blocks: LayoutBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isCellLine(line.text)) {
      const rows: LayoutCell[][] = [];
      let row: LayoutCell[] = [];
      const first = line.start;
      let end = line.start;
      while (i < lines.length && (isCellLine(lines[i].text) || isBlank(lines[i].text))) {
        const current = lines[i];
        if (isCellLine(current.text)) {
          row.push(cell(current.text.slice(1), current.start + 1, row.length));
          end = current.start + current.text.length;
        } else if (row.length > 0) {
          rows.push(row);
          row = [];
        }
        i++;
      }
      if (row.length > 0) rows.push(row);
      blocks.push(table(rows, first, end));
    } else if (isRowLine(line.text)) {
      const rows: LayoutCell[][] = [];
      const first = line.start;
      let end = first;
      while (i < lines.length && isRowLine(lines[i].text)) {
        rows.push(rowCells(lines[i]));
        end = lines[i].start + lines[i].text.length;
        i++;
      }
      blocks.push(table(rows, first, end));
    } else {
      // A row flattened one cell a line becomes one paragraph, its lines kept as they stand (so
      // each value keeps its offsets), which extraction reads as it reads `规章 0 0 0` on one line.
      const end = cellsBelowEnd(lines, i);
      const last = end > i ? lines[end - 1] : line;
      const to = last.start + last.text.length;
      if (!isBlank(line.text)) {
        blocks.push({ kind: 'paragraph', text: text.slice(line.start, to), anchor: { kind: 'text', start: line.start, end: to } });
      }
      i = Math.max(end, i + 1);
    }
  }
  return { layout: { format: 'txt', blocks, warnings: [] }, text };
}

function table(rows: LayoutCell[][], start: number, end: number): LayoutBlock {
  const placed = assignGridColumns(rows.map((cells) => cells.map(({ col: _col, ...rest }) => rest)));
  return { kind: 'table', rows: placed.map((cells) => ({ cells })), anchor: { kind: 'text', start, end } };
}
