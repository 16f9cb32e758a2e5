import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewDb } from '../../../../renderer/db/db';
import { decisionsOf, setDecision } from '../../../../renderer/db/decisions';
import { addNote, deleteNote, notesOf, notesOn, updateNote } from '../../../../renderer/db/notes';
import { freshDb, sha } from './helpers';

let db: ReviewDb;
afterEach(() => db?.close());

const S = sha('e');
const finding = { kind: 'finding', findingKey: 't3.outcome_sum|t3.total.natural' } as const;

describe('notes and their undo', () => {
  it('stores a note on a finding, a cell and a passage, each found by its target', async () => {
    db = freshDb();
    await addNote(db, { sha256: S, target: finding, text: 'A', author: '王' });
    await addNote(db, { sha256: S, target: { kind: 'cell', cell: 't3.total.natural' }, text: 'B', author: '王' });
    await addNote(db, {
      sha256: S,
      target: { kind: 'passage', quote: '收到', anchor: { kind: 'pdf', page: 2, rects: [{ x: 1, y: 2, width: 3, height: 4 }] } },
      text: 'C',
      author: '王',
    });
    expect((await notesOf(db, S)).map((n) => n.text).sort()).toEqual(['A', 'B', 'C']);
    expect((await notesOn(db, S, { kind: 'cell', cell: 't3.total.natural' })).map((n) => n.text)).toEqual(['B']);
    const [a] = await notesOn(db, S, finding);
    expect(a).toMatchObject({ text: 'A', author: '王', sha256: S });
    expect(a.createdAt).toBe(a.updatedAt);
  });

  it('undoes an edit back to the previous text', async () => {
    db = freshDb();
    const { note } = await addNote(db, { sha256: S, target: finding, text: '原文', author: '' });
    const undo = await updateNote(db, note.id, '改后');
    expect((await db.notes.get(note.id))?.text).toBe('改后');
    await undo!.undo();
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('undoes a delete, bringing the note back with the same id', async () => {
    db = freshDb();
    const { note } = await addNote(db, { sha256: S, target: finding, text: '删我', author: '' });
    const undo = await deleteNote(db, note.id);
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect(undo?.label).toBe('删除批注');
    await undo!.undo();
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('undoes an add by removing the note', async () => {
    db = freshDb();
    const { note, undo } = await addNote(db, { sha256: S, target: finding, text: 'x', author: '' });
    await undo.undo();
    expect(await db.notes.get(note.id)).toBeUndefined();
  });

  it('offers no undo for an edit that changes nothing or a note that is gone', async () => {
    db = freshDb();
    const { note } = await addNote(db, { sha256: S, target: finding, text: 'x', author: '' });
    expect(await updateNote(db, note.id, 'x')).toBeNull();
    expect(await deleteNote(db, 'missing')).toBeNull();
  });

  it('sets a finding status with an optional note, and undoes it back to no decision', async () => {
    db = freshDb();
    const first = await setDecision(db, S, finding.findingKey, { status: 'confirmed' });
    const noted = await setDecision(db, S, finding.findingKey, { note: '已电话核实' });
    expect(await decisionsOf(db, S)).toMatchObject([{ status: 'confirmed', note: '已电话核实' }]);
    const second = await setDecision(db, S, finding.findingKey, { status: 'false_positive', note: '' });
    expect((await decisionsOf(db, S))[0]).not.toHaveProperty('note');
    await second.undo();
    expect(await decisionsOf(db, S)).toMatchObject([{ status: 'confirmed', note: '已电话核实' }]);
    await noted.undo();
    await first.undo();
    // Undo in reverse order: the first undo restores "no decision" (待核实).
    expect(await decisionsOf(db, S)).toEqual([]);
  });
});
