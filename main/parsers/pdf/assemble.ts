import type { LayoutBlock, LayoutCell, LayoutRow, LayoutTable } from '../../../shared/model';
import { boxToRect, unionBox, type Box } from './geometry';
import type { PageBlocks, PageTable } from './pageBlocks';
import { appendPart, continuesTable, type SpanningTable } from './table/mergeAcrossPages';
import { continuesAcrossPages, linesToParagraphs, type LineParagraph } from './text/paragraphs';

type Pending = { kind: 'table'; table: SpanningTable } | { kind: 'paragraph'; page: number; paragraph: LineParagraph; right: number };

/**
 * Turns the pages' blocks into the layout's blocks in reading order. A table whose next part
 * opens the following page is merged into one LayoutTable, and a paragraph cut by a page break
 * is re-joined; anchors then keep the rectangles of the first page only, because an Anchor
 * names one page.
 */
export function assembleBlocks(pages: readonly PageBlocks[]): LayoutBlock[] {
  const pending: Pending[] = [];
  for (const page of pages) {
    page.blocks.forEach((block, index) => {
      const last = pending[pending.length - 1];
      if (block.kind === 'table') {
        if (index === 0 && last?.kind === 'table' && last.table.parts[last.table.parts.length - 1].page === page.page - 1 && continuesTable(last.table, block.grid.xs)) {
          last.table = appendPart(last.table, { page: block.page, xs: block.grid.xs, rowCount: block.grid.ys.length - 1, cells: block.cells, box: block.grid.box });
        } else pending.push({ kind: 'table', table: startTable(block) });
        return;
      }
      const paragraphs = linesToParagraphs(block.lines, page.left, page.right);
      paragraphs.forEach((paragraph, p) => {
        const prev = pending[pending.length - 1];
        if (index === 0 && p === 0 && prev?.kind === 'paragraph' && prev.page === page.page - 1) {
          const prevLast = prev.paragraph.lines[prev.paragraph.lines.length - 1];
          if (continuesAcrossPages(prevLast, prev.right, paragraph.lines[0], page.left)) {
            prev.paragraph = { lines: prev.paragraph.lines, text: prev.paragraph.text + paragraph.text };
            return;
          }
        }
        pending.push({ kind: 'paragraph', page: page.page, paragraph, right: page.right });
      });
    });
  }
  return pending.map((p) => (p.kind === 'table' ? toLayoutTable(p.table) : toLayoutParagraph(p.page, p.paragraph)));
}

function startTable(block: PageTable): SpanningTable {
  return {
    xs: block.grid.xs,
    rowCount: block.grid.ys.length - 1,
    cells: block.cells.map((c) => ({ ...c, page: block.page })),
    parts: [{ page: block.page, box: block.grid.box }],
  };
}

function toLayoutParagraph(page: number, paragraph: LineParagraph): LayoutBlock {
  return { kind: 'paragraph', text: paragraph.text, anchor: { kind: 'pdf', page, rects: paragraph.lines.map((l) => boxToRect(l)) } };
}

function toLayoutTable(table: SpanningTable): LayoutTable {
  const rows: LayoutRow[] = Array.from({ length: table.rowCount }, () => ({ cells: [] }));
  for (const cell of table.cells) {
    const layoutCell: LayoutCell = {
      text: cell.text,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      col: cell.col,
      anchor: { kind: 'pdf', page: cell.page, rects: (cell.text ? cell.lineBoxes : [cell.box]).map((b) => boxToRect(b)) },
    };
    if (cell.confidence !== undefined) layoutCell.confidence = cell.confidence;
    rows[cell.row]?.cells.push(layoutCell);
  }
  for (const row of rows) row.cells.sort((a, b) => a.col - b.col);
  const first = table.parts[0];
  const box: Box = unionBox(table.parts.filter((p) => p.page === first.page).map((p) => p.box)) ?? first.box;
  // Rows that hold no cell at all (every slot covered by a rowspan from above) are kept: the
  // rowSpan values count them, as HTML and the docx parser do.
  return { kind: 'table', rows, anchor: { kind: 'pdf', page: first.page, rects: [boxToRect(box)] } };
}
