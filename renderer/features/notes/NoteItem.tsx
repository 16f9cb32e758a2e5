import { useState } from 'react';
import type { Finding } from '../../../shared/model';
import type { NoteRow } from '../../db/db';
import { editNote, removeNote } from './actions';
import { NoteEditor } from './NoteEditor';
import { notesText } from './strings';
import { formatTime, targetLabel } from './targetLabel';

/** Props of NoteItem. */
export interface NoteItemProps {
  note: NoteRow;
  findings?: readonly Finding[];
  /** Called when the auditor clicks what the note is attached to. */
  onShowTarget?(note: NoteRow): void;
}

/** One note in the panel: its target, text, author and times; edit and delete (both undoable). */
export function NoteItem({ note, findings, onShowTarget }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const label = targetLabel(note.target, findings);
  return (
    <li className="note-item" data-note-id={note.id} data-target={note.targetKey}>
      <button type="button" className="note-target" onClick={() => onShowTarget?.(note)}>
        {label}
      </button>
      {editing ? (
        <NoteEditor
          initialText={note.text}
          onSave={(text) => {
            setEditing(false);
            void editNote(note.id, text);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <div className="note-meta">
        <span className="note-author">{note.author || notesText.anonymous}</span>{' '}
        <time dateTime={note.updatedAt}>
          {note.updatedAt !== note.createdAt ? notesText.edited(formatTime(note.updatedAt)) : notesText.created(formatTime(note.createdAt))}
        </time>
      </div>
      {!editing && (
        <div className="note-actions">
          <button type="button" onClick={() => setEditing(true)} aria-label={`${notesText.edit} ${label}`}>
            {notesText.edit}
          </button>
          <button type="button" onClick={() => void removeNote(note.id)} aria-label={`${notesText.delete} ${label}`}>
            {notesText.delete}
          </button>
        </div>
      )}
    </li>
  );
}
