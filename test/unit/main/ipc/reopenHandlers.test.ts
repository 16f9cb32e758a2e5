import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, OpenProgress } from '../../../../shared/ipc/contract';
import { reviewPaths } from '../../../../main/documents/review';
import type { ReviewPathsFn } from '../../../../main/documents/batchOpen';
import { DropTokens } from '../../../../main/documents/dropTokens';
import { KnownFiles } from '../../../../main/documents/knownFiles';
import { RecentFiles } from '../../../../main/documents/recentFiles';
import { DocumentStore } from '../../../../main/documents/store';
import { createDocumentHandlers } from '../../../../main/ipc/handlers';
import { OWN_FIXTURES, samplePath } from '../../../helpers/fixtures';

/** A season's folder: three reports in it. */
function seasonFolder(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'reopen-')), '2025年度 区县年报');
  mkdirSync(root, { recursive: true });
  copyFileSync(samplePath('002-huancui-science-2023', 'docx'), join(root, '环翠区科技局.docx'));
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2020.txt'), join(root, 'jining-2020.txt'));
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2021.txt'), join(root, 'jining-2021.txt'));
  return root;
}

/**
 * The handlers as one run of the app builds them over its userData folder: a new store each time
 * (a restart), the known files read back from disk. `picked` answers the 重新定位 dialog.
 */
function app(userData: string, folder: string | null, picked: string | null = null) {
  const reads: string[] = [];
  const review: ReviewPathsFn = async (paths, onProgress) => {
    reads.push(...paths);
    return reviewPaths(paths, onProgress);
  };
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => [],
    showFolderDialog: async () => folder,
    showLocateDialog: async () => picked,
    reviewPaths: review,
    store: new DocumentStore(),
    recent: new RecentFiles(userData),
    known: new KnownFiles(userData),
    drops: new DropTokens(),
    concurrency: 2,
  });
  const streamed: DocumentSummary[] = [];
  const ctx = { progress: (_p: OpenProgress) => undefined, opened: (d: DocumentSummary[]) => streamed.push(...d) };
  return { handlers, ctx, reads, streamed };
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('reopening a kept batch (documents:reopen)', () => {
  it('after a restart, reopens the same files under the same ids, in the order asked, checked across the batch', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'userData-'));
    const folder = seasonFolder();
    const first = app(userData, folder);
    const opened = must(await first.handlers.openFolder(first.ctx));
    expect(opened.every((d) => d.folder === '2025年度 区县年报')).toBe(true);
    const ids = opened.map((d) => d.id).reverse();

    const second = app(userData, null);
    const reopened = must(await second.handlers.reopen(second.ctx, ids));
    expect(reopened.map((d) => d.id)).toEqual(ids);
    expect(reopened.map((d) => d.name)).toEqual(opened.map((d) => d.name).reverse());
    expect(reopened.map((d) => d.sha256)).toEqual(opened.map((d) => d.sha256).reverse());
    // Read from the paths main kept, through the pipeline, and checked as one batch again.
    expect(second.reads.length).toBe(3);
    const y2021 = reopened.find((d) => d.name === 'jining-2021.txt')!;
    const review = must(await second.handlers.review(second.ctx, y2021.id));
    expect(review.findings.some((f) => f.rule === 'cross_year.carry_over')).toBe(true);
    expect(second.streamed.map((d) => d.id).sort()).toEqual([...ids].sort());
  });

  it('shows a deleted file as missing, a changed one with its new hash, and an id main never gave as missing without a name', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'userData-'));
    const folder = seasonFolder();
    const first = app(userData, folder);
    const opened = must(await first.handlers.openFolder(first.ctx));
    const byName = (name: string) => opened.find((d) => d.name === name)!;
    rmSync(join(folder, 'jining-2020.txt'));
    appendFileSync(join(folder, 'jining-2021.txt'), '\n（本报告于次年更正。）\n');

    const second = app(userData, null);
    const stranger = '0b7d0c5e-8d8e-4c1e-9a52-1d1c1e0c9f00';
    const reopened = must(await second.handlers.reopen(second.ctx, [...opened.map((d) => d.id), stranger]));
    const gone = reopened.find((d) => d.id === byName('jining-2020.txt').id)!;
    expect(gone).toMatchObject({ status: 'failed', name: 'jining-2020.txt', sha256: byName('jining-2020.txt').sha256, error: { code: 'missing' } });
    expect(gone.error!.message).toContain('文件已移动或已删除');
    const changed = reopened.find((d) => d.id === byName('jining-2021.txt').id)!;
    expect(changed.status).toBe('ready');
    expect(changed.sha256).not.toBe(byName('jining-2021.txt').sha256);
    expect(reopened.find((d) => d.id === byName('环翠区科技局.docx').id)!.sha256).toBe(byName('环翠区科技局.docx').sha256);
    expect(reopened.at(-1)).toMatchObject({ id: stranger, name: '', status: 'failed', error: { code: 'missing' } });
    // Only files main was asked to open before are read: the stranger's id leads nowhere.
    expect(second.reads.length).toBe(2);
    // The missing file is part of the batch: 重试 looks for it again (still missing), 移出 closes it.
    expect(must(await second.handlers.retry(second.ctx, [gone.id]))[0].error?.code).toBe('missing');
  });

  it('on a page reload (main still running) keeps the review of every file whose bytes are unchanged, and closes documents not in the batch', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'userData-'));
    const folder = seasonFolder();
    const run = app(userData, folder);
    const opened = must(await run.handlers.openFolder(run.ctx));
    run.reads.length = 0;
    const kept = opened.filter((d) => d.name !== 'jining-2020.txt').map((d) => d.id);
    const reopened = must(await run.handlers.reopen(run.ctx, kept));
    expect(reopened.map((d) => d.id)).toEqual(kept);
    expect(run.reads).toEqual([]);
    const dropped = opened.find((d) => d.name === 'jining-2020.txt')!;
    expect(must(await run.handlers.review(run.ctx, kept[0])).summary.id).toBe(kept[0]);
    expect((await run.handlers.review(run.ctx, dropped.id)).ok).toBe(false);
    // Without its 2020 partner, the 2021 report lost its carry-over finding.
    const y2021 = must(await run.handlers.review(run.ctx, opened.find((d) => d.name === 'jining-2021.txt')!.id));
    expect(y2021.findings.some((f) => f.rule === 'cross_year.carry_over')).toBe(false);
    // An empty batch closes everything.
    expect(must(await run.handlers.reopen(run.ctx, []))).toEqual([]);
    expect((await run.handlers.review(run.ctx, kept[0])).ok).toBe(false);
  });

  it('重新定位 reads the file the user picks under the same id, and the next reopen finds it there', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'userData-'));
    const folder = seasonFolder();
    const first = app(userData, folder);
    const opened = must(await first.handlers.openFolder(first.ctx));
    const docx = opened.find((d) => d.name === '环翠区科技局.docx')!;
    const moved = join(folder, '..', '环翠区科技局（改名）.docx');
    renameSync(join(folder, '环翠区科技局.docx'), moved);

    const second = app(userData, null, moved);
    const reopened = must(await second.handlers.reopen(second.ctx, [docx.id]));
    expect(reopened[0].error?.code).toBe('missing');
    const located = must(await second.handlers.locate(second.ctx, docx.id));
    expect(located).toMatchObject([{ id: docx.id, status: 'ready', sha256: docx.sha256, name: '环翠区科技局（改名）.docx' }]);

    const third = app(userData, null);
    expect(must(await third.handlers.reopen(third.ctx, [docx.id]))).toMatchObject([{ id: docx.id, status: 'ready', sha256: docx.sha256 }]);
    // A dismissed dialog changes nothing.
    const none = app(userData, null, null);
    expect(await none.handlers.locate(none.ctx, docx.id)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
