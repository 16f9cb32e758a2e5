/**
 * The cell menu (right-click or the context-menu key on a table cell) and the correction dialog:
 * any cell can open them; the workspace draws them once.
 */

type Listener = () => void;

/** The cell menu, open at a point of the window. */
export interface CellMenuState {
  cell: string;
  x: number;
  y: number;
}

let menu: CellMenuState | null = null;
let correcting: string | null = null;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((l) => l());

/** Subscribes to changes (for useSyncExternalStore). */
export function subscribeCellMenu(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open cell menu, or null. */
export function getCellMenu(): CellMenuState | null {
  return menu;
}

/** The cell whose value is being corrected, or null. */
export function getCorrecting(): string | null {
  return correcting;
}

/** Opens the cell menu. */
export function openCellMenu(state: CellMenuState | null): void {
  menu = state;
  emit();
}

/** Opens the 更正识别值 dialog for a cell (null closes it). */
export function requestCorrection(cell: string | null): void {
  correcting = cell;
  menu = null;
  emit();
}
