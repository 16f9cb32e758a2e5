import { useActiveDocument } from '../../app/activeDocument';
import { NotesPanel } from './NotesPanel';
import { PassageMarkers } from './PassageMarkers';
import { PassageNoteButton } from './PassageNoteButton';
import './notes.css';

/**
 * The notes of the workspace's active document, mounted in its notes slot: the panel, plus the
 * document pane's passage markers and the 「添加批注」 button beside a text selection (both work
 * on the pane through the DOM, so the source views need not know about notes).
 */
export function NotesSlot() {
  const { summary, review } = useActiveDocument();
  const document = summary && summary.status === 'ready' ? { sha256: summary.sha256, name: summary.name } : null;
  return (
    <>
      <NotesPanel document={document} findings={review?.findings ?? []} />
      {document && <PassageMarkers />}
      {document && <PassageNoteButton />}
    </>
  );
}
