import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, ReviewDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../../renderer/db/db';
import { sha } from './helpers';

const opened: Dexie[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

function name(): string {
  return `migration-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Writes data as version 1 of the app wrote it: notes without targetKey, reviews without names. */
async function seedVersion1(dbName: string): Promise<void> {
  const v1 = new Dexie(dbName);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('reviews').put({
    sha256: sha('a'),
    name: '002.docx',
    createdAt: '2024-02-01T00:00:00.000Z',
    lastOpenedAt: '2024-02-01T00:00:00.000Z',
  });
  await v1.table('notes').bulkPut([
    {
      id: 'n1',
      sha256: sha('a'),
      target: { kind: 'cell', cell: 't3.total.natural' },
      text: '总计应为3',
      author: '张三',
      createdAt: '2024-02-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
    },
    {
      id: 'n2',
      sha256: sha('a'),
      target: { kind: 'passage', quote: '收到申请1件', anchor: { kind: 'dom', id: 'p12', start: 3, end: 9 } },
      text: '与表三不符',
      author: '张三',
      createdAt: '2024-02-01T00:01:00.000Z',
      updatedAt: '2024-02-01T00:01:00.000Z',
    },
  ]);
  await v1.table('decisions').put({
    sha256: sha('a'),
    findingKey: 't3.outcome_sum|t3.total.natural',
    status: 'confirmed',
    updatedAt: '2024-02-01T00:02:00.000Z',
  });
  v1.close();
}

describe('migration from version 1', () => {
  it('keeps every note and decision written by version 1', async () => {
    const dbName = name();
    await seedVersion1(dbName);
    const db = new ReviewDb(dbName);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.notes.count()).toBe(2);
    expect((await db.notes.get('n1'))?.text).toBe('总计应为3');
    expect((await db.decisions.get([sha('a'), 't3.outcome_sum|t3.total.natural']))?.status).toBe('confirmed');
  });

  it('derives the target key of old notes, so the new index finds them', async () => {
    const dbName = name();
    await seedVersion1(dbName);
    const db = new ReviewDb(dbName);
    opened.push(db);
    await db.open();
    expect((await db.notes.get('n1'))?.targetKey).toBe('cell:t3.total.natural');
    expect((await db.notes.get('n2'))?.targetKey).toBe('passage:dom:p12:3:9');
    const onCell = await db.notes
      .where('[sha256+targetKey]')
      .equals([sha('a'), 'cell:t3.total.natural'])
      .toArray();
    expect(onCell.map((n) => n.id)).toEqual(['n1']);
  });

  it('turns the single name of an old review into its list of names', async () => {
    const dbName = name();
    await seedVersion1(dbName);
    const db = new ReviewDb(dbName);
    opened.push(db);
    await db.open();
    expect((await db.reviews.get(sha('a')))?.names).toEqual(['002.docx']);
  });
});

describe('migration from version 2', () => {
  it('keeps every v2 row through v3 and v4, and the new conclusions and batches tables take writes at once', async () => {
    const dbName = name();
    const v2 = new Dexie(dbName);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('reviews').put({ sha256: sha('b'), name: 'a.pdf', names: ['a.pdf'], createdAt: '2025-01-01T00:00:00.000Z', lastOpenedAt: '2025-01-01T00:00:00.000Z' });
    await v2.table('notes').put({
      id: 'n9',
      sha256: sha('b'),
      target: { kind: 'cell', cell: 't4.review.total' },
      targetKey: 'cell:t4.review.total',
      text: '复议总数有误',
      author: '李四',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    await v2.table('decisions').put({ sha256: sha('b'), findingKey: 'k', status: 'fixed', updatedAt: '2025-01-01T00:00:00.000Z' });
    v2.close();

    const db = new ReviewDb(dbName);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(
      (
        await db.notes
          .where('[sha256+targetKey]')
          .equals([sha('b'), 'cell:t4.review.total'])
          .toArray()
      ).map((n) => n.text),
    ).toEqual(['复议总数有误']);
    expect((await db.decisions.get([sha('b'), 'k']))?.status).toBe('fixed');
    expect((await db.reviews.get(sha('b')))?.names).toEqual(['a.pdf']);
    expect(await db.conclusions.count()).toBe(0);
    await db.conclusions.put({ sha256: sha('b'), verdict: 'pass', opinion: '', updatedAt: '2025-01-02T00:00:00.000Z' });
    expect((await db.conclusions.where('verdict').equals('pass').toArray()).map((c) => c.sha256)).toEqual([sha('b')]);
  });
});

describe('migration from version 4', () => {
  it('keeps every note, status, conclusion, correction and preference of v4 through v5, and the new batch entries take writes at once', async () => {
    const dbName = name();
    const v4 = new Dexie(dbName);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('reviews').put({
      sha256: sha('c'),
      name: '环翠.docx',
      names: ['环翠.docx'],
      createdAt: '2025-03-01T00:00:00.000Z',
      lastOpenedAt: '2025-03-01T00:00:00.000Z',
      blankAsZero: true,
    });
    await v4.table('notes').put({
      id: 'n4',
      sha256: sha('c'),
      target: { kind: 'finding', findingKey: 't3.outcome_sum|t3.total.natural' },
      targetKey: 'finding:t3.outcome_sum|t3.total.natural',
      text: '已与原件核对',
      author: '王五',
      createdAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-01T00:00:00.000Z',
    });
    await v4.table('decisions').put({ sha256: sha('c'), findingKey: 't3.outcome_sum|t3.total.natural', status: 'confirmed', updatedAt: '2025-03-01T00:00:00.000Z' });
    await v4.table('conclusions').put({ sha256: sha('c'), verdict: 'revise', opinion: '请更正表三', updatedAt: '2025-03-01T00:00:00.000Z' });
    await v4.table('corrections').put({
      sha256: sha('c'),
      cell: 't3.total.natural',
      value: 3,
      reason: '原件为3',
      author: '王五',
      createdAt: '2025-03-01T00:00:00.000Z',
      updatedAt: '2025-03-01T00:00:00.000Z',
    });
    await v4.table('prefs').bulkPut([
      { key: 'author', value: '王五' },
      { key: 'batch-view', value: '{"filters":{},"sort":{"key":"year","descending":true}}' },
    ]);
    // v4 declared the batches table but wrote no row; one written by some build must still upgrade.
    await v4.table('batches').put({ id: 'b-old', name: '', createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z', state: { openId: 'x' } });
    v4.close();

    const db = new ReviewDb(dbName);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect(await db.reviews.get(sha('c'))).toMatchObject({ names: ['环翠.docx'], blankAsZero: true });
    expect(
      (
        await db.notes
          .where('[sha256+targetKey]')
          .equals([sha('c'), 'finding:t3.outcome_sum|t3.total.natural'])
          .toArray()
      ).map((n) => n.text),
    ).toEqual(['已与原件核对']);
    expect((await db.decisions.get([sha('c'), 't3.outcome_sum|t3.total.natural']))?.status).toBe('confirmed');
    expect(await db.conclusions.get(sha('c'))).toMatchObject({ verdict: 'revise', opinion: '请更正表三' });
    expect(await db.corrections.get([sha('c'), 't3.total.natural'])).toMatchObject({ value: 3, reason: '原件为3' });
    expect((await db.prefs.get('author'))?.value).toBe('王五');
    expect(await db.batches.get('b-old')).toMatchObject({ name: '未命名批次', named: true, view: { openId: 'x' } });
    expect(await db.batches.get('b-old')).not.toHaveProperty('state');
    await db.batchEntries.put({ batchId: 'b-old', docId: 'd1', order: 0, name: '环翠.docx', sha256: sha('c'), addedAt: '2025-03-02T00:00:00.000Z' });
    expect((await db.batchEntries.where('batchId').equals('b-old').toArray()).map((e) => e.docId)).toEqual(['d1']);
  });
});
