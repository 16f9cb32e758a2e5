import { assignGridColumns } from '../../shared/lib/grid';
import type { LayoutBlock, LayoutDocument } from '../../shared/model';

/** A cell for a synthetic table: text, or [text, rowSpan, colSpan]. */
export type CellSpec = string | [string, number, number];

/** Builds a table block from rows of cell specs, with dom anchors named after their position. */
export function table(rows: CellSpec[][]): LayoutBlock {
  const raw = rows.map((cells, r) =>
    cells.map((spec, c) => {
      const [text, rowSpan, colSpan] = typeof spec === 'string' ? [spec, 1, 1] : spec;
      return { text, rowSpan, colSpan, anchor: { kind: 'dom' as const, id: `r${r}c${c}` } };
    }),
  );
  return { kind: 'table', rows: assignGridColumns(raw).map((cells) => ({ cells })), anchor: { kind: 'dom', id: 't' } };
}

/** A paragraph block with a text anchor over its own text. */
export function paragraph(text: string, start = 0): LayoutBlock {
  return { kind: 'paragraph', text, anchor: { kind: 'text', start, end: start + text.length } };
}

/** A layout document of the given blocks. */
export function layoutOf(blocks: LayoutBlock[], format: LayoutDocument['format'] = 'docx'): LayoutDocument {
  return { format, blocks, warnings: [] };
}
