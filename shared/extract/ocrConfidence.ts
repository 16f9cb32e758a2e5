import type { LayoutBlock, ReportTables } from '../model';

/** A stable key of an anchor: the same source place gives the same key. */
function anchorKey(anchor: unknown): string {
  return JSON.stringify(anchor);
}

/**
 * Copies the OCR confidence of each table cell of the layout onto the values read from it, found
 * by their shared anchor, so that checks and views can tell a sure reading from an uncertain one.
 * Layouts without OCR have no confidence and come back unchanged.
 */
export function withOcrConfidence(tables: ReportTables, blocks: readonly LayoutBlock[]): ReportTables {
  const confidence = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    for (const row of block.rows) for (const cell of row.cells) if (cell.confidence !== undefined) confidence.set(anchorKey(cell.anchor), cell.confidence);
  }
  if (confidence.size === 0) return tables;
  const out = {} as ReportTables;
  for (const table of ['t2', 't3', 't4'] as const) {
    out[table] = {};
    for (const [row, cols] of Object.entries(tables[table])) {
      out[table][row] = {};
      for (const [col, value] of Object.entries(cols)) {
        const c = value.anchor ? confidence.get(anchorKey(value.anchor)) : undefined;
        out[table][row][col] = c === undefined ? value : { ...value, confidence: c };
      }
    }
  }
  return out;
}
