import { useState, type KeyboardEvent } from 'react';
import { useReturnFocus } from '../../components/useReturnFocus';
import { notesText } from './strings';

/** Props of NoteEditor. */
export interface NoteEditorProps {
  initialText?: string;
  /** Shown above the text box: what the note is attached to. */
  heading?: string;
  onSave(text: string): void;
  onCancel(): void;
}

/** A text box for a note: 保存 (or Ctrl+Enter) and 取消 (or Esc). An empty note is not saved. */
export function NoteEditor({ initialText = '', heading, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(initialText);
  // Focus goes back to where the note was asked for (a table cell, a finding) when it closes.
  useReturnFocus();
  const trimmed = text.trim();
  const save = () => {
    if (trimmed) onSave(trimmed);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <div className="note-editor">
      {heading && <div className="note-editor-heading">{heading}</div>}
      <textarea
        aria-label={notesText.editorLabel}
        placeholder={notesText.editorPlaceholder}
        value={text}
        autoFocus
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="note-editor-actions">
        <button type="button" onClick={save} disabled={!trimmed}>
          {notesText.save}
        </button>
        <button type="button" onClick={onCancel}>
          {notesText.cancel}
        </button>
      </div>
    </div>
  );
}
