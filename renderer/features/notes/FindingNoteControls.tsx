import { useActiveDocument } from '../../app/activeDocument';
import { FindingStatusSelect } from './FindingStatusSelect';
import { NoteMarker } from './NoteMarker';
import { requestNote } from './noteComposer';
import { notesText } from './strings';
import { useNoteCount } from './useMarkers';

/**
 * In each row of the findings list: the finding's status, 「添加批注」 and the count of its notes.
 * Clicks stay here (they must not also select the row twice or toggle it). Only the selected
 * row's controls are Tab stops (`tabbable`), so that the list stays one stop, not three per row.
 */
export function FindingNoteControls({ findingKey, onSelect, tabbable = true }: { findingKey: string; onSelect?: () => void; tabbable?: boolean }) {
  const sha256 = useActiveDocument().summary?.sha256;
  const count = useNoteCount(`finding:${findingKey}`);
  if (!sha256) return null;
  return (
    <span className="finding-note-controls" onClick={(e) => e.stopPropagation()}>
      <FindingStatusSelect sha256={sha256} findingKey={findingKey} tabIndex={tabbable ? undefined : -1} />
      <button
        type="button"
        tabIndex={tabbable ? undefined : -1}
        className="finding-add-note"
        onClick={() => {
          onSelect?.();
          requestNote({ kind: 'finding', findingKey });
        }}
      >
        {notesText.addNote}
      </button>
      <NoteMarker count={count} />
    </span>
  );
}
