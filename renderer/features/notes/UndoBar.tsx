import { notesText } from './strings';
import { undoLast } from './undoStack';
import { useUndo, useUndoShortcut } from './useUndo';

/** After a change, 「已删除批注 [撤销]」; Ctrl+Z does the same outside text fields. */
export function UndoBar() {
  useUndoShortcut();
  const { top, lastUndone } = useUndo();
  if (!top && !lastUndone) return null;
  return (
    <div className="undo-bar" role="status">
      {top ? (
        <>
          <span>{notesText.did(top.label)}</span>{' '}
          <button type="button" title={notesText.undoHint} onClick={() => void undoLast()}>
            {notesText.undo}
          </button>
        </>
      ) : (
        <span>{notesText.undone(lastUndone ?? '')}</span>
      )}
    </div>
  );
}
