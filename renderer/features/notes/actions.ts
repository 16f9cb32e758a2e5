import type { FindingStatus, NoteTarget } from '../../../shared/model';
import { getDb } from '../../db/db';
import { setDecision } from '../../db/decisions';
import { addNote, deleteNote, signUnsignedNotes, updateNote } from '../../db/notes';
import { guarded } from '../../db/storageErrors';
import { pushUndo } from './undoStack';

/**
 * What the UI does to notes: write at once (there is no save button to forget), show any storage
 * error, and put the change on the undo stack. Each resolves to false when the write failed.
 */

/** Adds a note to a target of the open report; resolves to its id (null: not written). */
export async function createNote(sha256: string, target: NoteTarget, text: string, author: string): Promise<string | null> {
  const r = await guarded(() => addNote(getDb(), { sha256, target, text, author }));
  pushUndo(r?.undo);
  return r?.note.id ?? null;
}

/** Signs notes written before a 批注人 was set with the name given since. */
export async function signNotes(ids: string[], author: string): Promise<boolean> {
  const r = await guarded(() => signUnsignedNotes(getDb(), ids, author));
  return r !== undefined;
}

/** Changes a note's text. */
export async function editNote(id: string, text: string): Promise<boolean> {
  const r = await guarded(() => updateNote(getDb(), id, text));
  pushUndo(r);
  return r !== undefined;
}

/** Deletes a note (undoable). */
export async function removeNote(id: string): Promise<boolean> {
  const r = await guarded(() => deleteNote(getDb(), id));
  pushUndo(r);
  return r !== undefined;
}

/** Sets a finding's status and/or its note. */
export async function decide(sha256: string, findingKey: string, change: { status?: FindingStatus; note?: string }): Promise<boolean> {
  const r = await guarded(() => setDecision(getDb(), sha256, findingKey, change));
  pushUndo(r);
  return r !== undefined;
}
