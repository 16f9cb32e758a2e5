/**
 * Keyboard movement between the value cells of the tables pane (role=grid). The tables have
 * merged header cells and blocks of different widths (table 2), so a cell's place is counted
 * among the value cells of its row, not by the row's `<td>` index: ↓ keeps that place (clamped to
 * the next row's width), and runs on from the last row of one table into the first row of the next.
 */

/** A key that moves the focus between cells. */
export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const CELL = 'td[data-cell]';
const PAGE_ROWS = 10;

/** True for the keys that `moveInGrid` answers. */
export function isGridKey(key: string): key is GridKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
}

/** The rows (in reading order, all tables) that hold value cells, each as its value cells. */
export function valueRows(root: ParentNode): HTMLElement[][] {
  const rows: HTMLElement[][] = [];
  for (const tr of root.querySelectorAll('table[data-table] tr')) {
    const cells = [...tr.querySelectorAll<HTMLElement>(CELL)];
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/**
 * The cell to move to from `from` on `key` (`ctrl`: Home/End go to the first/last cell of its
 * table), or null when there is none (the edge of the grid).
 */
export function moveInGrid(root: ParentNode, from: HTMLElement, key: GridKey, ctrl = false): HTMLElement | null {
  const rows = valueRows(root);
  const r = rows.findIndex((row) => row.includes(from));
  if (r < 0) return null;
  const c = rows[r].indexOf(from);
  const at = (row: number, col: number) => rows[row][Math.min(col, rows[row].length - 1)];
  const tableOf = (row: number) => rows[row][0].closest('table');
  switch (key) {
    case 'ArrowLeft':
      return c > 0 ? rows[r][c - 1] : null;
    case 'ArrowRight':
      return c < rows[r].length - 1 ? rows[r][c + 1] : null;
    case 'ArrowUp':
      return r > 0 ? at(r - 1, c) : null;
    case 'ArrowDown':
      return r < rows.length - 1 ? at(r + 1, c) : null;
    case 'PageUp':
      return r > 0 ? at(Math.max(0, r - PAGE_ROWS), c) : null;
    case 'PageDown':
      return r < rows.length - 1 ? at(Math.min(rows.length - 1, r + PAGE_ROWS), c) : null;
    case 'Home':
    case 'End': {
      if (!ctrl) return key === 'Home' ? rows[r][0] : rows[r][rows[r].length - 1];
      const table = tableOf(r);
      const own = rows.filter((_, i) => tableOf(i) === table);
      return key === 'Home' ? own[0][0] : own[own.length - 1][own[own.length - 1].length - 1];
    }
  }
}

/** The first value cell of the grid, or null when the tables have none. */
export function firstCell(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>(CELL);
}
