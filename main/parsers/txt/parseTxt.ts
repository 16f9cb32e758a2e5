import { checkTextBudget, checkTextBytesBudget } from '../budgets';
import { assignGridColumns } from '../../../shared/lib/grid';
import type { LayoutBlock, LayoutCell } from '../../../shared/model';
import { decodeText } from '../decode';
import type { ParsedDocument } from '../types';

interface Line {
  text: string;
  start: number;
}

/** A line holding one cell of a table flattened one cell per line: a leading tab and no other. */
const isCellLine = (line: string) => /^\t[^\t]*$/.test(line);
/** A line holding a whole row of a tab-separated table. */
const isRowLine = (line: string) => /\t/.test(line) && !isCellLine(line);
const isBlank = (line: string) => line.replace(/[\s\u00a0\u3000]/gu, '') === '' && !line.includes('\t');

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
 * Reads a plain-text report: paragraphs one per line, and the two table flattenings real
 * conversions produce — one row per line with tab-separated cells, or one cell per line (each
 * behind a tab) with a blank line between rows. Anchors are character offsets into the text.
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
      if (!isBlank(line.text)) {
        blocks.push({ kind: 'paragraph', text: line.text, anchor: { kind: 'text', start: line.start, end: line.start + line.text.length } });
      }
      i++;
    }
  }
  return { layout: { format: 'txt', blocks, warnings: [] }, text };
}

function table(rows: LayoutCell[][], start: number, end: number): LayoutBlock {
  const placed = assignGridColumns(rows.map((cells) => cells.map(({ col: _col, ...rest }) => rest)));
  return { kind: 'table', rows: placed.map((cells) => ({ cells })), anchor: { kind: 'text', start, end } };
}
