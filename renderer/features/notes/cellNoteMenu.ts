import type { MouseEvent } from 'react';
import { requestNote } from './noteComposer';

/**
 * The context menu of a table cell (right-click): the only entry would be 「添加批注」, so it
 * opens the note editor for the cell at once, after selecting the cell.
 */
export function onCellContextMenu(event: MouseEvent, cellRef: string, select?: (ref: string) => void): void {
  event.preventDefault();
  select?.(cellRef);
  requestNote({ kind: 'cell', cell: cellRef });
}
