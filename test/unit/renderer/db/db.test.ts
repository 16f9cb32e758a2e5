import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, type ReviewDb } from '../../../../renderer/db/db';
import { freshDb } from './helpers';

let db: ReviewDb;
afterEach(() => db?.close());

describe('ReviewDb schema', () => {
  it('opens at the current version with its typed tables', async () => {
    db = freshDb();
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['batchEntries', 'batches', 'conclusions', 'corrections', 'decisions', 'notes', 'prefs', 'reviews']);
  });

  it('keys reviews by sha256, notes by id, decisions by review and finding', async () => {
    db = freshDb();
    await db.open();
    expect(db.reviews.schema.primKey.keyPath).toBe('sha256');
    expect(db.notes.schema.primKey.keyPath).toBe('id');
    expect(db.decisions.schema.primKey.keyPath).toEqual(['sha256', 'findingKey']);
    expect(db.prefs.schema.primKey.keyPath).toBe('key');
  });

  it('indexes notes by review and by review plus target', async () => {
    db = freshDb();
    await db.open();
    const indexes = db.notes.schema.indexes.map((i) => i.name);
    expect(indexes).toContain('sha256');
    expect(indexes).toContain('[sha256+targetKey]');
  });
});
