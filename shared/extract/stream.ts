import { subAnchor } from '../model';
import type { Anchor, LayoutBlock, LayoutParagraph, LayoutTable } from '../model';
import { normalizeLabel } from '../lib/text';
import { isDash, parseValue } from '../lib/values';
import { gluedRows } from './gluedRows';

/** A piece of source text with its anchor. */
export interface Piece {
  text: string;
  anchor: Anchor;
}

/**
 * One row of the document as extraction sees it: a table row, or a line of flattened text.
 * `labels` are the row's own (unmerged) text cells; `slots` the cells after the last label
 * (values or blanks); `context` the text of the merged label cells that cover this row.
 */
export interface StreamRow {
  labels: Piece[];
  slots: Piece[];
  context: string;
  /** All the row's text, normalized, for finding table regions. */
  text: string;
  fromTable: boolean;
}

/** True for a cell that holds a value or stands for one (number, dash, blank). */
function isValueText(text: string): boolean {
  const parsed = parseValue(text);
  return parsed.numeric || parsed.blank || isDash(text);
}

function tableRows(table: LayoutTable): StreamRow[] {
  // Label cells merged over several rows (三、本年度办理结果, （三）不予公开) are context for
  // every row they cover, including their first; a row's own label is its unmerged label cells.
  const spanning: Array<{ from: number; until: number; text: string }> = [];
  return table.rows.map((row, r) => {
    const cells = [...row.cells].sort((a, b) => a.col - b.col);
    let lastLabel = -1;
    cells.forEach((cell, i) => {
      if (!isValueText(cell.text)) lastLabel = i;
    });
    const labelCells = cells.slice(0, lastLabel + 1).filter((c) => normalizeLabel(c.text) !== '');
    for (const cell of labelCells) {
      if (cell.rowSpan > 1) spanning.push({ from: r, until: r + cell.rowSpan - 1, text: normalizeLabel(cell.text) });
    }
    const context = spanning
      .filter((s) => s.from <= r && s.until >= r)
      .map((s) => s.text)
      .join('');
    return {
      labels: labelCells.filter((c) => c.rowSpan <= 1).map((c) => ({ text: c.text, anchor: c.anchor })),
      slots: cells.slice(lastLabel + 1).map((c) => ({ text: c.text, anchor: c.anchor })),
      context,
      text: normalizeLabel(cells.map((c) => c.text).join('')),
      fromTable: true,
    };
  });
}

const TOKEN = /[^\s\u00a0\u3000]+/gu;

/**
 * A line of flattened text (`规章 0 0 0`, `0 0 0 0 0 0 0`): the trailing run of value tokens
 * are its slots, the text before them its label. Long prose keeps no slots, so that a
 * sentence ending in a number is never taken for a table row.
 */
function paragraphRow(paragraph: LayoutParagraph): StreamRow {
  const tokens = [...paragraph.text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  let first = tokens.length;
  while (first > 0 && (parseValue(tokens[first - 1].text).numeric || isDash(tokens[first - 1].text))) first--;
  const labelEnd = first > 0 ? tokens[first - 1].start + tokens[first - 1].text.length : 0;
  const labelText = paragraph.text.slice(0, labelEnd);
  const isRow = first < tokens.length && normalizeLabel(labelText).length <= 40;
  const length = paragraph.text.length;
  const piece = (start: number, end: number): Piece => ({
    text: paragraph.text.slice(start, end),
    anchor: subAnchor(paragraph.anchor, start, end, length),
  });
  return {
    labels: normalizeLabel(labelText) === '' ? [] : [isRow ? piece(0, labelEnd) : piece(0, length)],
    slots: isRow ? tokens.slice(first).map((t) => piece(t.start, t.start + t.text.length)) : [],
    context: '',
    text: normalizeLabel(paragraph.text),
    fromTable: false,
  };
}

/** Flattens the blocks of a document into rows, in reading order. */
export function toStream(blocks: LayoutBlock[]): StreamRow[] {
  return blocks.flatMap((block) => (block.kind === 'table' ? tableRows(block) : (gluedRows(block) ?? [paragraphRow(block)])));
}
