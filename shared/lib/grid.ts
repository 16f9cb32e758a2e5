/** A cell before its grid column is known. */
export interface SpanCell {
  rowSpan: number;
  colSpan: number;
}

/**
 * Computes the grid column where each cell starts, given cells listed only in the row where
 * they start (HTML semantics): columns covered by a rowspan from above are skipped.
 */
export function assignGridColumns<T extends SpanCell>(rows: T[][]): Array<Array<T & { col: number }>> {
  const occupied: boolean[][] = [];
  return rows.map((cells, r) => {
    const taken = (occupied[r] ??= []);
    let col = 0;
    return cells.map((cell) => {
      while (taken[col]) col++;
      const start = col;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        const row = (occupied[r + dr] ??= []);
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) row[start + dc] = true;
      }
      col = start + Math.max(1, cell.colSpan);
      return { ...cell, col: start };
    });
  });
}
