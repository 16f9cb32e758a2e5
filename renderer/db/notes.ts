import type { NoteTarget } from '../../shared/model';
import { NOTE_LIMITS, authorProblem, noteTextProblem } from '../../shared/model/noteLimits';
import type { NoteRow, ReviewDb } from './db';
import { newId, nowIso } from './ids';
import { ensureReview } from './reviews';
import { restoreIfUnchanged } from './staleUndo';
import { targetKey } from './targetKey';
import type { UndoAction } from './undoAction';

/** A new note. */
export interface NewNote {
  sha256: string;
  target: NoteTarget;
  text: string;
  author: string;
}

/** Adds a note; written at once (no save button to forget). */
/** A note refused at writing time for its size, with a Chinese message. */
export class NoteLimitError extends Error {
  override name = 'NoteLimitError';
}

function checkNote(text: string, author = ''): void {
  const problem = noteTextProblem(text) ?? authorProblem(author);
  if (problem) throw new NoteLimitError(problem);
}

export async function addNote(db: ReviewDb, input: NewNote): Promise<{ note: NoteRow; undo: UndoAction }> {
  checkNote(input.text, input.author);
  const at = nowIso();
  const note: NoteRow = {
    id: newId(),
    sha256: input.sha256,
    target: input.target,
    targetKey: targetKey(input.target),
    text: input.text,
    author: input.author,
    createdAt: at,
    updatedAt: at,
  };
  await db.transaction('rw', db.reviews, db.notes, async () => {
    await ensureReview(db, input.sha256, at);
    const count = await db.notes.where('sha256').equals(input.sha256).count();
    if (count >= NOTE_LIMITS.perReport) throw new NoteLimitError(`这份报告已有 ${count} 条批注，达到 ${NOTE_LIMITS.perReport} 条的上限，未保存。`);
    await db.notes.add(note);
  });
  return {
    note,
    undo: { label: '添加批注', undo: () => db.transaction('rw', db.notes, () => restoreIfUnchanged(db.notes, note.id, note, undefined, '这条批注')) },
  };
}

/** Changes a note's text; the undo restores the previous text and time. */
export async function updateNote(db: ReviewDb, id: string, text: string): Promise<UndoAction | null> {
  checkNote(text);
  return db.transaction('rw', db.notes, async () => {
    const before = await db.notes.get(id);
    if (!before || before.text === text) return null;
    const after: NoteRow = { ...before, text, updatedAt: nowIso() };
    await db.notes.put(after);
    return { label: '编辑批注', undo: () => db.transaction('rw', db.notes, () => restoreIfUnchanged(db.notes, id, after, before, '这条批注')) };
  });
}

/** Gives the notes of these ids that carry no author this one (a name given after they were written). */
export async function signUnsignedNotes(db: ReviewDb, ids: string[], author: string): Promise<number> {
  checkNote('', author);
  return db.transaction('rw', db.notes, async () => {
    const rows = (await db.notes.bulkGet(ids)).filter((n): n is NoteRow => !!n && !n.author);
    await db.notes.bulkPut(rows.map((n) => ({ ...n, author })));
    return rows.length;
  });
}

/** Deletes a note; the undo puts it back with the same id. */
export async function deleteNote(db: ReviewDb, id: string): Promise<UndoAction | null> {
  return db.transaction('rw', db.notes, async () => {
    const before = await db.notes.get(id);
    if (!before) return null;
    await db.notes.delete(id);
    return { label: '删除批注', undo: () => db.transaction('rw', db.notes, () => restoreIfUnchanged(db.notes, id, undefined, before, '这条批注')) };
  });
}

/** The notes of a review, oldest first. */
export async function notesOf(db: ReviewDb, sha256: string): Promise<NoteRow[]> {
  const rows = await db.notes.where('sha256').equals(sha256).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The notes on one target of a review. */
export function notesOn(db: ReviewDb, sha256: string, target: NoteTarget): Promise<NoteRow[]> {
  return db.notes
    .where('[sha256+targetKey]')
    .equals([sha256, targetKey(target)])
    .toArray();
}
