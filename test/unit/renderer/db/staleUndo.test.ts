// Undo across windows (issue 9 item 11): two windows of the app share one IndexedDB database. An
// undo recorded in one window must not put back an old row over what the other window (or an
// imported backup) wrote since: it is refused with a Chinese message, and the newer row stays.
// Two Dexie connections on one database name stand for the two windows.
import { afterEach, describe, expect, it } from 'vitest';
import { setConclusion } from '../../../../renderer/db/conclusions';
import { removeCorrection, setCorrection } from '../../../../renderer/db/corrections';
import { ReviewDb } from '../../../../renderer/db/db';
import { setDecision } from '../../../../renderer/db/decisions';
import { addNote, deleteNote, signUnsignedNotes, updateNote } from '../../../../renderer/db/notes';
import { nowIso } from '../../../../renderer/db/ids';
import { StaleUndoError } from '../../../../renderer/db/staleUndo';
import { clearStorageProblem, getStorageProblem } from '../../../../renderer/db/storageErrors';
import { pushUndo, resetUndo, undoLast } from '../../../../renderer/features/notes/undoStack';
import { sha } from './helpers';

const opened: ReviewDb[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
  resetUndo();
  clearStorageProblem();
});

/** Two windows on one database. */
function twoWindows(): [ReviewDb, ReviewDb] {
  const name = `stale-undo-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const a = new ReviewDb(name);
  const b = new ReviewDb(name);
  opened.push(a, b);
  return [a, b];
}

/** Lets the clock move on, so that two writes never share a millisecond. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

const S = sha('f');
const target = { kind: 'finding', findingKey: 't3.outcome_sum|t3.total.natural' } as const;

describe('an undo over a row another window changed since', () => {
  it('an edit undone after the other window edited the note again is refused; the other window’s text stays', async () => {
    const [a, b] = twoWindows();
    const { note } = await addNote(a, { sha256: S, target, text: '原文', author: '甲' });
    await tick();
    const undo = await updateNote(a, note.id, '甲改');
    await tick();
    await updateNote(b, note.id, '乙改');
    await expect(undo!.undo()).rejects.toBeInstanceOf(StaleUndoError);
    await expect(undo!.undo()).rejects.toThrow(/这条批注在此之后已被修改.*另一个窗口.*没有撤销/);
    expect((await a.notes.get(note.id))?.text).toBe('乙改');
  });

  it('an edit undone after the other window deleted the note does not bring it back', async () => {
    const [a, b] = twoWindows();
    const { note } = await addNote(a, { sha256: S, target, text: '原文', author: '' });
    await tick();
    const undo = await updateNote(a, note.id, '甲改');
    await deleteNote(b, note.id);
    await expect(undo!.undo()).rejects.toThrow(/已被删除/);
    expect(await a.notes.get(note.id)).toBeUndefined();
  });

  it('an add undone after the other window edited the note keeps the note', async () => {
    const [a, b] = twoWindows();
    const { note, undo } = await addNote(a, { sha256: S, target, text: '原文', author: '' });
    await tick();
    await updateNote(b, note.id, '乙补充');
    await expect(undo.undo()).rejects.toBeInstanceOf(StaleUndoError);
    expect((await a.notes.get(note.id))?.text).toBe('乙补充');
  });

  it('a status, a conclusion and a correction undone after the other window changed them are refused, each keeping the newer row', async () => {
    const [a, b] = twoWindows();
    const status = await setDecision(a, S, 'f1', { status: 'confirmed' });
    const conclusion = await setConclusion(a, S, { verdict: 'pass' });
    const correction = await setCorrection(a, S, { cell: 't3.total.natural', value: 5, reason: '原件', author: '甲' });
    await tick();
    await setDecision(b, S, 'f1', { status: 'false_positive' });
    await setConclusion(b, S, { opinion: '乙的意见' });
    await setCorrection(b, S, { cell: 't3.total.natural', value: 7, reason: '乙核对', author: '乙' });
    await expect(status.undo()).rejects.toThrow(/这条问题的核查状态在此之后已被修改/);
    await expect(conclusion.undo()).rejects.toThrow(/审阅结论在此之后已被修改/);
    await expect(correction.undo()).rejects.toThrow(/单元格 t3\.total\.natural 的更正在此之后已被修改/);
    expect((await a.decisions.get([S, 'f1']))?.status).toBe('false_positive');
    expect((await a.conclusions.get(S))?.opinion).toBe('乙的意见');
    expect((await a.corrections.get([S, 't3.total.natural']))?.value).toBe(7);
  });

  it('through the undo bar: the refusal is shown in Chinese and the action leaves the stack', async () => {
    const [a, b] = twoWindows();
    const { note } = await addNote(a, { sha256: S, target, text: '原文', author: '' });
    await tick();
    pushUndo(await updateNote(a, note.id, '甲改'));
    await tick();
    await updateNote(b, note.id, '乙改');
    expect(await undoLast()).toBe(false);
    expect(getStorageProblem()?.message).toMatch(/^这条批注在此之后已被修改/);
    expect((await a.notes.get(note.id))?.text).toBe('乙改');
  });
});

describe('undo in one window still works', () => {
  it('two edits undone in turn restore the original, even after the note was signed (signing is no edit)', async () => {
    const [a] = twoWindows();
    const { note, undo: undoAdd } = await addNote(a, { sha256: S, target, text: '一', author: '' });
    await tick();
    const first = await updateNote(a, note.id, '二');
    await tick();
    const second = await updateNote(a, note.id, '三');
    await second!.undo();
    expect((await a.notes.get(note.id))?.text).toBe('二');
    await first!.undo();
    expect(await a.notes.get(note.id)).toEqual(note);
    await signUnsignedNotes(a, [note.id], '甲');
    await undoAdd.undo();
    expect(await a.notes.get(note.id)).toBeUndefined();
  });

  it('an undo whose row the other window already put back as it was is a no-op, not a refusal', async () => {
    const [a, b] = twoWindows();
    const status = await setDecision(a, S, 'f2', { status: 'confirmed' });
    await b.decisions.delete([S, 'f2']);
    await expect(status.undo()).resolves.toBeUndefined();
    expect(await a.decisions.get([S, 'f2'])).toBeUndefined();
    const correction = await setCorrection(a, S, { cell: 't2.x', value: 1, reason: '', author: '' });
    await removeCorrection(b, S, 't2.x');
    await expect(correction.undo()).resolves.toBeUndefined();
    expect(await a.corrections.get([S, 't2.x'])).toBeUndefined();
  });

  it('a delete undone brings the note back while no one else has written it', async () => {
    const [a] = twoWindows();
    const { note } = await addNote(a, { sha256: S, target, text: '删我', author: '' });
    const undo = await deleteNote(a, note.id);
    await undo!.undo();
    expect(await a.notes.get(note.id)).toEqual(note);
  });
});

describe('nowIso: the version every write stamps', () => {
  it('never gives the same time twice, even within one millisecond', () => {
    const stamps = Array.from({ length: 50 }, () => nowIso());
    expect(new Set(stamps).size).toBe(50);
    expect([...stamps].sort()).toEqual(stamps);
  });
});
