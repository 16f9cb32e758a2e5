import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, ReviewDb, SCHEMA_V1 } from '../../../../renderer/db/db';
import { exportBackup, importBackup } from '../../../../renderer/db/backup';
import { addNote, updateNote } from '../../../../renderer/db/notes';
import { describeStorageError } from '../../../../renderer/db/storageErrors';
import { freshDbs, sha } from './helpers';

const db = freshDbs();
const A = sha('a');
const B = sha('b');
const T = '2026-01-01T00:00:00.000Z';
const backupOf = (notes: unknown[], decisions: unknown[] = []) => ({
  format: 'report-review-notes',
  version: 1,
  schema: 2,
  exportedAt: T,
  reviews: [],
  notes,
  decisions,
});
const noteRow = (over: Record<string, unknown>) => ({
  id: 'n1',
  sha256: A,
  target: { kind: 'cell', cell: 't3.new.total' },
  text: '核对',
  author: '甲',
  createdAt: T,
  updatedAt: T,
  ...over,
});

describe('note limits are enforced where notes are written', () => {
  it('refuses a note over 20,000 characters at creation and at edit, with a Chinese message naming the limit', async () => {
    const d = db();
    const long = '长'.repeat(20_001);
    const error = await addNote(d, { sha256: A, target: { kind: 'cell', cell: 'x' }, text: long, author: '甲' }).catch((e: unknown) => e);
    expect(describeStorageError(error).message).toBe('批注过长：共 20001 字，超过 20000 字的上限，未保存。请分成几条批注。');
    const { note } = await addNote(d, { sha256: A, target: { kind: 'cell', cell: 'x' }, text: '短', author: '甲' });
    await expect(updateNote(d, note.id, long)).rejects.toThrow('超过 20000 字的上限');
    expect((await d.notes.get(note.id))?.text).toBe('短');
  });

  it('refuses a backup whose note is over the limit, before writing anything', async () => {
    const d = db();
    await expect(importBackup(d, backupOf([noteRow({ text: '长'.repeat(200_000) })]))).rejects.toThrow(/批注过长：共 200000 字，超过 20000 字的上限/);
    expect(await d.notes.count()).toBe(0);
  });
});

describe('backup validation', () => {
  it('refuses a timestamp that is not a time (a `~` would win every merge)', async () => {
    const d = db();
    await expect(importBackup(d, backupOf([noteRow({ updatedAt: '~' })]))).rejects.toThrow('时间 updatedAt 无效');
    await expect(importBackup(d, backupOf([], [{ sha256: A, findingKey: 'k', status: 'confirmed', updatedAt: '~' }]))).rejects.toThrow('时间 updatedAt 无效');
  });

  it('refuses a status that is only inherited (`constructor`)', async () => {
    await expect(importBackup(db(), backupOf([], [{ sha256: A, findingKey: 'k', status: 'constructor', updatedAt: T }]))).rejects.toThrow('取值无效');
  });

  it('matches note ids within one report: the same id on another report never overwrites it', async () => {
    const d = db();
    const { note } = await addNote(d, { sha256: A, target: { kind: 'cell', cell: 'x' }, text: '甲的批注', author: '甲' });
    const result = await importBackup(d, backupOf([noteRow({ id: note.id, sha256: B, text: '冒名', updatedAt: '2099-01-01T00:00:00.000Z' })]));
    expect(result.notesAdded).toBe(1);
    expect((await d.notes.get(note.id))?.text).toBe('甲的批注');
    const onB = await d.notes.where('sha256').equals(B).toArray();
    expect(onB.map((n) => n.text)).toEqual(['冒名']);
    expect(onB[0].id).not.toBe(note.id);
    expect((await exportBackup(d)).notes).toHaveLength(2);
  });
});

describe('the version 1 → 2 upgrade', () => {
  it('skips a malformed row instead of failing, so every other note stays readable', async () => {
    const dbName = `hostile-migration-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(dbName);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('notes').bulkPut([
      { id: 'good', sha256: A, target: { kind: 'cell', cell: 't3.total.natural' }, text: '好', author: '', createdAt: T, updatedAt: T },
      { id: 'bad', sha256: A, target: null, text: '坏', author: '', createdAt: T, updatedAt: T },
      { id: 'worse', sha256: A, target: { kind: 'passage', quote: 'q', anchor: null }, text: '坏', author: '', createdAt: T, updatedAt: T },
    ]);
    await v1.table('reviews').put({ sha256: A, name: 42, createdAt: T, lastOpenedAt: T });
    v1.close();
    const d = new ReviewDb(dbName);
    try {
      await d.open();
      expect(d.verno).toBe(DB_VERSION);
      expect((await d.notes.get('good'))?.targetKey).toBe('cell:t3.total.natural');
      expect(await d.notes.count()).toBe(3);
      expect((await d.reviews.get(A))?.names).toEqual([]);
    } finally {
      d.close();
    }
  });
});
