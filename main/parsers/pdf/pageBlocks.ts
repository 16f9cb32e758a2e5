import type { Box, PageGeometry, TextRun } from './geometry';
import { buildGrid, type GridTable } from './table/grid';
import { placeText, type FilledCell } from './table/placeText';
import { groupRulings, mergeSegments } from './table/rulings';
import { findTextTables } from './table/textTable';
import { groupLines, type TextLine } from './text/lines';
import { isPageNumberLine, isRunningHead } from './text/pageFurniture';

/** A table found on one page, its cells filled. */
export interface PageTable {
  kind: 'table';
  page: number;
  grid: GridTable;
  cells: FilledCell[];
  /** False for a table rebuilt from text alignment alone (no rulings). */
  ruled: boolean;
}

/** Text lines outside tables, in a run between two tables (or page edges). */
export interface PageText {
  kind: 'text';
  page: number;
  lines: TextLine[];
}

/** One page's content in reading order (top to bottom), with its text margins. */
export interface PageBlocks {
  page: number;
  height: number;
  blocks: Array<PageTable | PageText>;
  /** Left and right edges of the body text (for paragraph indents and short lines). */
  left: number;
  right: number;
}

/** Tables smaller than this (points) are decoration: a boxed heading, an underline pair. */
const MIN_TABLE_SIZE = 12;

/**
 * Rebuilds one page: ruled tables from the page's segments with their text placed in cells,
 * then borderless tables among the remaining lines, then the rest as text lines with page
 * numbers and the document's running heads (pageFurniture.ts) dropped, everything ordered top to
 * bottom.
 */
export function buildPageBlocks(page: PageGeometry, runningHeads: ReadonlySet<string> = new Set()): PageBlocks {
  const tables: PageTable[] = [];
  let rest: TextRun[] = page.runs;
  for (const group of groupRulings(mergeSegments(page.segments))) {
    const grid = buildGrid(group);
    if (grid.box.right - grid.box.left < MIN_TABLE_SIZE || grid.box.top - grid.box.bottom < MIN_TABLE_SIZE) continue;
    if (grid.cells.length < 2) continue;
    const placed = placeText(grid, rest);
    rest = placed.outside;
    tables.push({ kind: 'table', page: page.page, grid, cells: placed.cells, ruled: true });
  }
  const lines = groupLines(rest).filter((l) => !isPageNumberLine(l, page.height) && !isRunningHead(l, page.height, runningHeads));
  // Tables drawn without rulings, rebuilt from the positions of their text.
  const { tables: borderless, used } = findTextTables(lines, page.page);
  tables.push(...borderless);
  const plain = used.size === 0 ? lines : groupLines(lines.flatMap((l) => l.runs).filter((r) => !used.has(r)));

  const bodyLines = plain.filter((l) => !l.runs.some((r) => r.vertical));
  // Margins from the lines that fill the measure: the most common left edge and the median right
  // edge, so that a hanging full stop beyond the margin or a centred title does not move them.
  const wide = bodyLines.filter((l) => l.right - l.left > page.width * 0.4);
  const left = wide.length ? mostCommon(wide.map((l) => l.left)) : bodyLines.length ? Math.min(...bodyLines.map((l) => l.left)) : 0;
  const right = wide.length ? median(wide.map((l) => l.right)) : page.width;

  // Interleave: text lines between tables become separate text blocks, in top-to-bottom order.
  const blocks: Array<PageTable | PageText> = [];
  const sortedTables = [...tables].sort((a, b) => b.grid.box.top - a.grid.box.top);
  let remaining = [...plain];
  for (const table of sortedTables) {
    const above = remaining.filter((l) => midY(l) > table.grid.box.top);
    remaining = remaining.filter((l) => midY(l) <= table.grid.box.top);
    if (above.length) blocks.push({ kind: 'text', page: page.page, lines: above });
    blocks.push(table);
    // Lines beside the table (a caption on its left) stay in the text after it.
  }
  if (remaining.length) blocks.push({ kind: 'text', page: page.page, lines: remaining });
  return { page: page.page, height: page.height, blocks, left, right };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = Math.round(values[0]);
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function midY(box: Box): number {
  return (box.top + box.bottom) / 2;
}
