import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAnnotations } from '../../../../renderer/db/annotations';
import { exportBackup, importBackup } from '../../../../renderer/db/backup';
import { correctionsOf, setBlankAsZero, setCorrection } from '../../../../renderer/db/corrections';
import { DB_VERSION, ReviewDb, SCHEMA_V1, SCHEMA_V2 } from '../../../../renderer/db/db';
import { sha } from './helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});
const name = () => `corrections-${Date.now()}-${Math.random().toString(36).slice(2)}`;
function fresh(dbName = name()): ReviewDb {
  const db = new ReviewDb(dbName);
  opened.push(db);
  return db;
}

describe('corrections (更正识别值) in IndexedDB', () => {
  it('migrates a version-2 database: its reviews read 空白按 0 计 = no, and take corrections', async () => {
    const dbName = name();
    const v2 = new Dexie(dbName);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('reviews').put({ sha256: sha('a'), name: '002.docx', names: ['002.docx'], createdAt: 'x', lastOpenedAt: 'x' });
    v2.close();
    const db = fresh(dbName);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect((await db.reviews.get(sha('a')))?.blankAsZero).toBe(false);
    await setCorrection(db, sha('a'), { cell: 't3.unable.no_info.natural', value: 1, reason: '原件为1', author: '甲' });
    expect((await loadAnnotations(sha('a'), db)).corrections).toMatchObject([{ cell: 't3.unable.no_info.natural', value: 1, reason: '原件为1' }]);
  });

  it('undoes a correction and a 空白按 0 计 decision', async () => {
    const db = fresh();
    await setCorrection(db, sha('b'), { cell: 't3.total.natural', value: 3, reason: '看错', author: '甲' });
    const second = await setCorrection(db, sha('b'), { cell: 't3.total.natural', value: 4, reason: '再看', author: '甲' });
    await second.undo();
    expect((await correctionsOf(db, sha('b'))).map((c) => c.value)).toEqual([3]);
    const blank = await setBlankAsZero(db, sha('b'), true);
    expect((await loadAnnotations(sha('b'), db)).blankAsZero).toBe(true);
    await blank.undo();
    expect((await loadAnnotations(sha('b'), db)).blankAsZero).toBe(false);
  });

  it('travels in the backup and merges once', async () => {
    const a = fresh();
    await setCorrection(a, sha('c'), { cell: 't4.review.total', value: 2, reason: '原件', author: '乙' });
    await setBlankAsZero(a, sha('c'), true);
    const backup = JSON.parse(JSON.stringify(await exportBackup(a)));
    const b = fresh();
    expect((await importBackup(b, backup)).correctionsAdded).toBe(1);
    expect((await importBackup(b, backup)).correctionsAdded).toBe(0);
    const ann = await loadAnnotations(sha('c'), b);
    expect(ann.corrections?.map((c) => [c.cell, c.value, c.reason])).toEqual([['t4.review.total', 2, '原件']]);
    expect(ann.blankAsZero).toBe(true);
  });
});
