import { describe, expect, it } from 'vitest';
import {
  acceptContent,
  addEntries,
  createBatch,
  currentBatchId,
  deleteBatch,
  entriesOf,
  listBatches,
  nameIfUnnamed,
  removeEntries,
  renameBatch,
  saveView,
  setCurrentBatch,
  UNNAMED_BATCH,
} from '../../../../renderer/db/batches';
import { setConclusion } from '../../../../renderer/db/conclusions';
import { addNote } from '../../../../renderer/db/notes';
import { freshDbs, sha } from './helpers';

const db = freshDbs();

describe('kept batches', () => {
  it('creates, names after the first folder, renames, lists newest first with sizes', async () => {
    const d = db();
    const a = await createBatch(d);
    expect(a).toMatchObject({ name: UNNAMED_BATCH, named: false });
    expect(await nameIfUnnamed(d, a.id, '2025年度 区县年报')).toBe(true);
    expect(await nameIfUnnamed(d, a.id, '另一个文件夹')).toBe(false);
    await addEntries(d, a.id, [
      { docId: 'd1', name: 'a.docx', sha256: sha('a') },
      { docId: 'd2', name: 'b.pdf', sha256: sha('b') },
    ]);
    await new Promise((r) => setTimeout(r, 5));
    const b = await createBatch(d, '  2025年度   部门年报 ');
    expect(b).toMatchObject({ name: '2025年度 部门年报', named: true });
    expect(await listBatches(d)).toMatchObject([
      { id: b.id, name: '2025年度 部门年报', size: 0 },
      { id: a.id, name: '2025年度 区县年报', size: 2 },
    ]);
    expect(await renameBatch(d, a.id, '   ')).toBe(false);
    expect(await renameBatch(d, a.id, '2025年度 区县年报（复核）')).toBe(true);
    expect((await listBatches(d))[0]).toMatchObject({ id: a.id, name: '2025年度 区县年报（复核）' });
  });

  it('keeps the files in the order added; a file added again keeps its place and its first hash', async () => {
    const d = db();
    const { id } = await createBatch(d);
    await addEntries(d, id, [
      { docId: 'd2', name: 'b.pdf', sha256: sha('b') },
      { docId: 'd1', name: 'a.docx', sha256: '' },
    ]);
    expect(
      await addEntries(d, id, [
        { docId: 'd1', name: 'a.docx', sha256: sha('a') },
        { docId: 'd2', name: 'b.pdf', sha256: sha('c') },
        { docId: 'd3', name: 'c.txt', sha256: sha('d') },
      ]),
    ).toBe(2);
    const entries = await entriesOf(d, id);
    expect(entries.map((e) => [e.docId, e.order, e.sha256])).toEqual([
      ['d2', 0, sha('b')],
      ['d1', 1, sha('a')],
      ['d3', 2, sha('d')],
    ]);
    await acceptContent(d, id, 'd2', sha('c'), 'b2.pdf');
    await removeEntries(d, id, ['d1']);
    expect((await entriesOf(d, id)).map((e) => [e.docId, e.sha256, e.name])).toEqual([
      ['d2', sha('c'), 'b2.pdf'],
      ['d3', sha('d'), 'c.txt'],
    ]);
  });

  it('deleting a batch removes its list only: notes, conclusions and the other batches stay', async () => {
    const d = db();
    const a = await createBatch(d, 'A');
    const b = await createBatch(d, 'B');
    await addEntries(d, a.id, [{ docId: 'd1', name: 'a.docx', sha256: sha('a') }]);
    await addEntries(d, b.id, [{ docId: 'd1', name: 'a.docx', sha256: sha('a') }]);
    await addNote(d, { sha256: sha('a'), target: { kind: 'cell', cell: 't3.total.natural' }, text: '总计应为3', author: '张三' });
    await setConclusion(d, sha('a'), { verdict: 'pass' });
    await saveView(d, a.id, { openId: 'd1' });
    await setCurrentBatch(d, a.id);
    expect(await currentBatchId(d)).toBe(a.id);
    await deleteBatch(d, a.id);
    expect(await currentBatchId(d)).toBeNull();
    expect((await listBatches(d)).map((x) => x.name)).toEqual(['B']);
    expect((await entriesOf(d, b.id)).length).toBe(1);
    expect(await d.notes.where('sha256').equals(sha('a')).count()).toBe(1);
    expect((await d.conclusions.get(sha('a')))?.verdict).toBe('pass');
  });
});
