import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewDb } from '../../../../renderer/db/db';
import { addNote, notesOf } from '../../../../renderer/db/notes';
import { setDecision } from '../../../../renderer/db/decisions';
import { touchReview } from '../../../../renderer/db/reviews';
import { freshDb, sha } from './helpers';

let db: ReviewDb;
afterEach(() => db?.close());

describe('reviews keyed by content hash', () => {
  it('finds the notes of a renamed file again by its SHA-256', async () => {
    db = freshDb();
    await touchReview(db, { sha256: sha('b'), name: '002.docx' });
    await addNote(db, { sha256: sha('b'), target: { kind: 'cell', cell: 't3.new.total' }, text: '核对', author: '李' });
    const again = await touchReview(db, { sha256: sha('b'), name: '环翠区2023年报-副本.docx' });
    expect(again.sha256).toBe(sha('b'));
    expect((await notesOf(db, again.sha256)).map((n) => n.text)).toEqual(['核对']);
    expect(await db.reviews.count()).toBe(1);
  });

  it('remembers every name the file was opened under, without repeats', async () => {
    db = freshDb();
    await touchReview(db, { sha256: sha('b'), name: 'a.docx' }, '2024-01-01T00:00:00.000Z');
    await touchReview(db, { sha256: sha('b'), name: 'b.docx' }, '2024-01-02T00:00:00.000Z');
    const row = await touchReview(db, { sha256: sha('b'), name: 'a.docx' }, '2024-01-03T00:00:00.000Z');
    expect(row.names).toEqual(['a.docx', 'b.docx']);
    expect(row.name).toBe('a.docx');
    expect(row.createdAt).toBe('2024-01-01T00:00:00.000Z');
    expect(row.lastOpenedAt).toBe('2024-01-03T00:00:00.000Z');
  });

  it('keeps the notes of a different file with the same name apart', async () => {
    db = freshDb();
    await touchReview(db, { sha256: sha('b'), name: 'report.docx' });
    await addNote(db, { sha256: sha('b'), target: { kind: 'cell', cell: 't3.new.total' }, text: '旧版', author: '' });
    await touchReview(db, { sha256: sha('c'), name: 'report.docx' });
    expect(await notesOf(db, sha('c'))).toEqual([]);
  });

  it('creates the review when a note or status is written before the file was recorded', async () => {
    db = freshDb();
    await setDecision(db, sha('d'), 'k', { status: 'fixed' });
    expect(await db.reviews.get(sha('d'))).toBeDefined();
  });
});
