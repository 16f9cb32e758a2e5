import { describe, expect, it } from 'vitest';
import type { ReviewDb } from '../../../../renderer/db/db';
import { exportBackupJson, importBackup } from '../../../../renderer/db/backup';
import { setDecision } from '../../../../renderer/db/decisions';
import { addNote, updateNote } from '../../../../renderer/db/notes';
import { touchReview } from '../../../../renderer/db/reviews';
import { freshDbs, sha } from './helpers';

const db = freshDbs();

const S = sha('f');
const KEY = 't3.outcome_sum|t3.total.natural';

async function seeded(): Promise<ReviewDb> {
  const d = db();
  await touchReview(d, { sha256: S, name: '002.docx' });
  await addNote(d, { sha256: S, target: { kind: 'finding', findingKey: KEY }, text: '总计错', author: '赵' });
  await addNote(d, { sha256: S, target: { kind: 'cell', cell: 't3.new.total' }, text: '核对原件', author: '赵' });
  await setDecision(d, S, KEY, { status: 'confirmed', note: '确认' });
  return d;
}

describe('backup export and import', () => {
  it('restores every review, note and decision into an empty database', async () => {
    const from = await seeded();
    const json = await exportBackupJson(from);
    const to = db();
    const result = await importBackup(to, json);
    expect(result).toMatchObject({ reviews: 1, notesAdded: 2, decisionsAdded: 1 });
    expect(await to.notes.toArray()).toEqual(await from.notes.toArray());
    expect(await to.decisions.toArray()).toEqual(await from.decisions.toArray());
    expect((await to.reviews.get(S))?.names).toEqual(['002.docx']);
  });

  it('adds nothing when the same backup is imported twice', async () => {
    const from = await seeded();
    const json = await exportBackupJson(from);
    const to = db();
    await importBackup(to, json);
    const second = await importBackup(to, json);
    expect(second).toMatchObject({ notesAdded: 0, notesUpdated: 0, notesSkipped: 2, decisionsAdded: 0 });
    expect(await to.notes.count()).toBe(2);
    expect(await to.decisions.count()).toBe(1);
  });

  it('merges by note id, keeping the later edit on either side and local-only notes', async () => {
    const here = await seeded();
    const backup = JSON.parse(await exportBackupJson(here)) as { notes: Array<{ id: string; text: string; updatedAt: string }> };
    // Newer in the backup: the first note. Newer here: the second note.
    backup.notes[0].text = '备份里的新文字';
    backup.notes[0].updatedAt = '2999-01-01T00:00:00.000Z';
    backup.notes[1].updatedAt = '2000-01-01T00:00:00.000Z';
    backup.notes[1].text = '备份里的旧文字';
    await updateNote(here, backup.notes[1].id, '本机更新');
    const { note: localOnly } = await addNote(here, { sha256: S, target: { kind: 'cell', cell: 't4.review.total' }, text: '仅本机', author: '' });

    const result = await importBackup(here, backup);
    expect(result).toMatchObject({ notesAdded: 0, notesUpdated: 1, notesSkipped: 1 });
    expect((await here.notes.get(backup.notes[0].id))?.text).toBe('备份里的新文字');
    expect((await here.notes.get(backup.notes[1].id))?.text).toBe('本机更新');
    expect((await here.notes.get(localOnly.id))?.text).toBe('仅本机');
    expect(await here.notes.count()).toBe(3);
  });

  it('unites the names a file was opened under on both machines', async () => {
    const from = await seeded();
    const json = await exportBackupJson(from);
    const to = db();
    await touchReview(to, { sha256: S, name: '环翠区.docx' });
    await importBackup(to, json);
    expect((await to.reviews.get(S))?.names.sort()).toEqual(['002.docx', '环翠区.docx'].sort());
  });

  it('keeps the later decision of the two', async () => {
    const from = await seeded();
    const json = await exportBackupJson(from);
    const to = db();
    await importBackup(to, json);
    await setDecision(to, S, KEY, { status: 'fixed' });
    await importBackup(to, json);
    expect((await to.decisions.get([S, KEY]))?.status).toBe('fixed');
  });

  it('rejects a file that is not a backup, in Chinese, and writes nothing', async () => {
    const to = db();
    await expect(importBackup(to, '{oops')).rejects.toThrow('不是有效的 JSON');
    await expect(importBackup(to, { format: 'other' })).rejects.toThrow('不是年报审阅的批注备份文件');
    const bad = {
      format: 'report-review-notes',
      version: 1,
      notes: [
        { id: 'ok', sha256: S, target: { kind: 'cell', cell: 'x' }, text: 't', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
        { id: 'bad', sha256: S, target: { kind: 'nowhere' }, text: 't', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
      ],
    };
    await expect(importBackup(to, bad)).rejects.toThrow('附着位置无效');
    expect(await to.notes.count()).toBe(0);
  });
});
