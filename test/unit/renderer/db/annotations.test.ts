import { afterEach, describe, expect, it } from 'vitest';
import { loadAnnotations } from '../../../../renderer/db/annotations';
import type { ReviewDb } from '../../../../renderer/db/db';
import { setDecision } from '../../../../renderer/db/decisions';
import { addNote } from '../../../../renderer/db/notes';
import { setPref } from '../../../../renderer/db/prefs';
import { freshDb, sha } from './helpers';

let db: ReviewDb;
afterEach(() => db?.close());

describe('loadAnnotations', () => {
  it('gives the notes and decisions of one report in the shared export shape', async () => {
    db = freshDb();
    await setPref(db, 'author', '审核员甲');
    await addNote(db, { sha256: sha('1'), target: { kind: 'cell', cell: 't3.new.total' }, text: '一', author: '甲' });
    await addNote(db, { sha256: sha('2'), target: { kind: 'cell', cell: 't3.new.total' }, text: '别的报告', author: '甲' });
    await setDecision(db, sha('1'), 'b', { status: 'fixed' });
    await setDecision(db, sha('1'), 'a', { status: 'confirmed', note: '属实' });
    const a = await loadAnnotations(sha('1'), db);
    expect(a.sha256).toBe(sha('1'));
    expect(a.reviewer).toBe('审核员甲');
    expect(a.notes).toHaveLength(1);
    expect(Object.keys(a.notes[0]).sort()).toEqual(['author', 'createdAt', 'target', 'text', 'updatedAt']);
    expect(a.decisions.map((d) => [d.findingKey, d.status, d.note])).toEqual([
      ['a', 'confirmed', '属实'],
      ['b', 'fixed', undefined],
    ]);
  });
});
