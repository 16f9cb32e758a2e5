import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model';
import { useSelection } from '../../app/selection';
import { getDb, type NoteRow } from '../../db/db';
import { touchReview } from '../../db/reviews';
import { guarded } from '../../db/storageErrors';
import { AuthorPreference } from './AuthorPreference';
import { AuthorPrompt } from './AuthorPrompt';
import { BackupControls } from './BackupControls';
import { createNote, signNotes } from './actions';
import { endComposing } from './noteComposer';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { SelectedTarget } from './SelectedTarget';
import { selectionTarget } from './selectionTarget';
import { StorageErrorBanner } from './StorageErrorBanner';
import { notesText } from './strings';
import { targetLabel } from './targetLabel';
import { UndoBar } from './UndoBar';
import { authorPromptSkip, useAuthor } from './useAuthor';
import { useComposing } from './useComposing';
import { useNoteShortcut } from './useNoteShortcut';
import { useNotes } from './useNotes';

/** Props of NotesPanel. */
export interface NotesPanelProps {
  /** The open report (null: none open). */
  document: { sha256: string; name: string } | null;
  /** Its findings, to label notes on findings with their message. */
  findings?: readonly Finding[];
}

/**
 * The notes of the open report, found by the SHA-256 of its content: the selected target with
 * its status and 「添加批注」, the editor, the list, undo, backup and storage errors. Every
 * change is written at once; must be used under <SelectionProvider>.
 */
export function NotesPanel({ document, findings = [] }: NotesPanelProps) {
  const sha256 = document?.sha256 ?? null;
  const name = document?.name ?? '';
  const { selection, selectFinding, selectCell, selectPassage } = useSelection();
  const target = useMemo(() => selectionTarget(selection), [selection]);
  const notes = useNotes(sha256);
  const composing = useComposing();
  const [author, setAuthor] = useAuthor();
  // Notes saved while no 批注人 is set: the name is asked for once and signs them when given.
  const [unsigned, setUnsigned] = useState<string[]>([]);
  const [skipped, setSkipped] = useState(authorPromptSkip.skipped);
  useEffect(() => {
    if (!author || unsigned.length === 0) return;
    void signNotes(unsigned, author);
    setUnsigned([]);
  }, [author, unsigned]);
  useNoteShortcut(sha256 ? target : null);

  useEffect(() => {
    if (sha256) void guarded(() => touchReview(getDb(), { sha256, name }));
  }, [sha256, name]);
  useEffect(() => endComposing, [sha256]);

  const showTarget = (note: NoteRow) => {
    const t = note.target;
    if (t.kind === 'finding') selectFinding(t.findingKey, 'keyboard');
    else if (t.kind === 'cell') selectCell(t.cell, 'keyboard');
    else selectPassage({ anchor: t.anchor, quote: t.quote }, 'keyboard');
  };

  return (
    <aside className="notes-panel" aria-label={notesText.panelTitle}>
      <header className="notes-header">
        <h2>
          {notesText.panelTitle}
          {notes && notes.length > 0 ? `（${notes.length}）` : ''}
        </h2>
        <AuthorPreference />
      </header>
      {unsigned.length > 0 && !author && !skipped && (
        <AuthorPrompt
          onName={(name) => void setAuthor(name)}
          onSkip={() => {
            authorPromptSkip.skipped = true;
            setSkipped(true);
            setUnsigned([]);
          }}
        />
      )}
      <StorageErrorBanner />
      {sha256 ? (
        <>
          <SelectedTarget sha256={sha256} target={target} findings={findings} />
          {composing && (
            <NoteEditor
              key={JSON.stringify(composing)}
              heading={notesText.addNoteTo(targetLabel(composing, findings))}
              onSave={(text) => {
                endComposing();
                void createNote(sha256, composing, text, author).then((id) => {
                  if (id && !author) setUnsigned((ids) => [...ids, id]);
                });
              }}
              onCancel={endComposing}
            />
          )}
          {notes && notes.length === 0 && !composing && <p className="notes-empty">{notesText.empty}</p>}
          <ul className="notes-list">
            {notes?.map((n) => (
              <NoteItem key={n.id} note={n} findings={findings} onShowTarget={showTarget} />
            ))}
          </ul>
        </>
      ) : (
        <p className="notes-empty">{notesText.noReport}</p>
      )}
      <UndoBar />
      <BackupControls />
    </aside>
  );
}
