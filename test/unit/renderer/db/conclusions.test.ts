import { describe, expect, it } from 'vitest';
import { loadAnnotations } from '../../../../renderer/db/annotations';
import { exportBackupJson, importBackup } from '../../../../renderer/db/backup';
import { conclusionOf, conclusionsOf, setConclusion } from '../../../../renderer/db/conclusions';
import { freshDbs, sha } from './helpers';

const db = freshDbs();

const S = sha('c');

describe('审阅结论 and 审阅意见', () => {
  it('keeps verdict and opinion by content hash, each change undoable to the state before', async () => {
    const d = db();
    const first = await setConclusion(d, S, { verdict: 'revise' });
    const second = await setConclusion(d, S, { opinion: '请更正表三' });
    expect(await conclusionOf(d, S)).toMatchObject({ verdict: 'revise', opinion: '请更正表三' });
    expect(second.label).toBe('编辑审阅意见');
    await second.undo();
    expect(await conclusionOf(d, S)).toMatchObject({ verdict: 'revise', opinion: '' });
    await first.undo();
    expect(await conclusionOf(d, S)).toBeNull();
    // The review row exists, as for notes: the conclusion belongs to a reviewed file.
    expect(await d.reviews.get(S)).toBeDefined();
  });

  it('removes the row when both are cleared, and reads many at once for the list', async () => {
    const d = db();
    await setConclusion(d, S, { verdict: 'pass' });
    await setConclusion(d, sha('d'), { verdict: 'resubmit', opinion: '缺表四' });
    await setConclusion(d, S, { verdict: null });
    expect(await conclusionOf(d, S)).toBeNull();
    const many = await conclusionsOf(d, [S, sha('d'), sha('e')]);
    expect([...many.keys()]).toEqual([sha('d')]);
  });

  it('goes into the export annotations and through backup and import (later edit wins)', async () => {
    const from = db();
    await setConclusion(from, S, { verdict: 'revise', opinion: '请更正表三' });
    expect((await loadAnnotations(S, from)).conclusion).toMatchObject({ verdict: 'revise', opinion: '请更正表三' });
    const json = await exportBackupJson(from);
    expect(JSON.parse(json).conclusions).toHaveLength(1);
    const to = db();
    expect(await importBackup(to, json)).toMatchObject({ conclusionsAdded: 1 });
    expect(await conclusionOf(to, S)).toMatchObject({ verdict: 'revise', opinion: '请更正表三' });
    expect(await importBackup(to, json)).toMatchObject({ conclusionsAdded: 0, conclusionsSkipped: 1 });
    await setConclusion(to, S, { verdict: 'pass' });
    await importBackup(to, json);
    expect((await conclusionOf(to, S))?.verdict).toBe('pass');
  });

  it('refuses a backup whose conclusion has an unknown verdict, in Chinese', async () => {
    const bad = {
      format: 'report-review-notes',
      version: 1,
      reviews: [],
      notes: [],
      decisions: [],
      conclusions: [{ sha256: S, verdict: 'ok', opinion: '', updatedAt: 'x' }],
    };
    await expect(importBackup(db(), bad)).rejects.toThrow('审阅结论');
  });
});
