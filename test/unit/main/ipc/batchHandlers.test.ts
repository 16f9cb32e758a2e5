import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, OpenProgress } from '../../../../shared/ipc/contract';
import { reviewPaths } from '../../../../main/documents/review';
import type { ReviewPathsFn } from '../../../../main/documents/batchOpen';
import { DropTokens } from '../../../../main/documents/dropTokens';
import { RecentFiles } from '../../../../main/documents/recentFiles';
import { DocumentStore } from '../../../../main/documents/store';
import { createDocumentHandlers } from '../../../../main/ipc/handlers';
import { OWN_FIXTURES, samplePath } from '../../../helpers/fixtures';

/** A folder as an auditor gets it: reports in subfolders, a broken file, files of other kinds. */
function batchFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'batch-'));
  mkdirSync(join(root, '区县', '2021'), { recursive: true });
  copyFileSync(samplePath('002-huancui-science-2023', 'docx'), join(root, '环翠区科技局.docx'));
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2020.txt'), join(root, '区县', 'jining-2020.txt'));
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2021.txt'), join(root, '区县', '2021', 'jining-2021.txt'));
  writeFileSync(join(root, '区县', 'broken.pdf'), 'not a pdf at all');
  writeFileSync(join(root, 'photo.png'), 'png');
  writeFileSync(join(root, '.hidden.txt'), 'hidden');
  return root;
}

function setup(folder: string | null, review: ReviewPathsFn = reviewPaths) {
  const progress: OpenProgress[] = [];
  const streamed: DocumentSummary[][] = [];
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => [],
    showFolderDialog: async () => folder,
    reviewPaths: review,
    store: new DocumentStore(),
    recent: new RecentFiles(mkdtempSync(join(tmpdir(), 'recent-'))),
    drops: new DropTokens(),
    concurrency: 2,
  });
  const ctx = { progress: (p: OpenProgress) => progress.push(p), opened: (d: DocumentSummary[]) => streamed.push(d) };
  return { handlers, ctx, progress, streamed };
}

describe('打开文件夹', () => {
  it('reads the folder recursively for the CLI’s file types, streams each report and keeps the broken one as failed', async () => {
    const { handlers, ctx, progress, streamed } = setup(batchFolder());
    const result = await handlers.openFolder(ctx);
    if (!result.ok) throw new Error(result.error.message);
    const byName = new Map(result.value.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(['broken.pdf', 'jining-2020.txt', 'jining-2021.txt', '环翠区科技局.docx']);
    expect(byName.get('broken.pdf')).toMatchObject({ status: 'failed' });
    expect(byName.get('broken.pdf')!.error!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(byName.get('环翠区科技局.docx')).toMatchObject({ status: 'ready', organ: '威海市环翠区科学技术局', year: 2023 });
    // Every file was sent on its own as it finished, before the answer.
    expect(
      streamed
        .flat()
        .map((s) => s.name)
        .sort(),
    ).toEqual([...byName.keys()].sort());
    // A summary the answer repeats unchanged has the revision it was streamed with: a review the
    // renderer loaded of it still holds. The 2021 report, checked against 2020 since, has another.
    const streamedRevision = new Map(streamed.flat().map((s) => [s.name, s.revision]));
    expect(streamedRevision.get('环翠区科技局.docx')).toBe(byName.get('环翠区科技局.docx')!.revision);
    expect(streamedRevision.get('broken.pdf')).toBe(byName.get('broken.pdf')!.revision);
    expect(streamedRevision.get('jining-2021.txt')).not.toBe(byName.get('jining-2021.txt')!.revision);
    expect(new Set(result.value.map((s) => s.revision)).size).toBe(4);
    expect(progress.at(-1)).toEqual({ done: 4, total: 4, current: null });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('checks the batch across files once all are in: the 2021 report is compared with 2020', async () => {
    const { handlers, ctx, streamed } = setup(batchFolder());
    const result = await handlers.openFolder(ctx);
    if (!result.ok) throw new Error(result.error.message);
    const y2021 = result.value.find((s) => s.name === 'jining-2021.txt')!;
    const review = await handlers.review(ctx, y2021.id);
    if (!review.ok) throw new Error(review.error.message);
    expect(review.value.findings.some((f) => f.rule === 'cross_year.carry_over')).toBe(true);
    // Read alone, it had no partner: the streamed summary had fewer findings than the final one.
    const alone = streamed.flat().find((s) => s.name === 'jining-2021.txt')!;
    const total = (s: DocumentSummary) => s.counts.error + s.counts.warning + s.counts.info;
    expect(total(alone)).toBeLessThan(total(y2021));
    // Removing the 2020 report from the batch takes the carry-over findings away again.
    const y2020 = result.value.find((s) => s.name === 'jining-2020.txt')!;
    const closed = await handlers.close(ctx, [y2020.id]);
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.map((s) => s.name)).toEqual(['jining-2021.txt']);
    expect(closed.value[0].revision).not.toBe(y2021.revision);
    expect(total(closed.value[0])).toBe(total(alone));
    expect((await handlers.review(ctx, y2020.id)).ok).toBe(false);
  });

  it('says so in Chinese when the folder holds no report file, and cancelled when the dialog is dismissed', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    writeFileSync(join(empty, 'notes.md'), '#');
    expect(await setup(empty).handlers.openFolder(setup(empty).ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const none = setup(null);
    expect(await none.handlers.openFolder(none.ctx)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('取消 stops handing out files: the rest stay in the batch as 已取消 and 重试 reads them under the same id', async () => {
    let started = 0;
    let cancel: (() => void) | null = null;
    const slow: ReviewPathsFn = async (paths) => {
      started++;
      if (started === 1) cancel?.();
      return reviewPaths(paths);
    };
    const { handlers, ctx } = setup(batchFolder(), slow);
    cancel = () => void handlers.cancelOpen(ctx);
    const result = await handlers.openFolder(ctx);
    if (!result.ok) throw new Error(result.error.message);
    const cancelled = result.value.filter((s) => s.error?.code === 'cancelled');
    // Cancelled as the first file started: it finishes, the other three are not read.
    expect(cancelled.length).toBe(3);
    expect(result.value.length).toBe(4);
    expect(cancelled[0].error!.message).toContain('已取消');
    const retried = await handlers.retry(
      ctx,
      cancelled.map((s) => s.id),
    );
    if (!retried.ok) throw new Error(retried.error.message);
    expect(retried.value.map((s) => s.id)).toEqual(cancelled.map((s) => s.id));
    expect(retried.value.every((s) => s.error?.code !== 'cancelled')).toBe(true);
  });

  it('a pipeline that throws on one file fails only that file', async () => {
    const flaky: ReviewPathsFn = async (paths) => {
      if (paths[0].endsWith('.docx')) throw new Error('worker gone');
      return reviewPaths(paths);
    };
    const { handlers, ctx } = setup(batchFolder(), flaky);
    const result = await handlers.openFolder(ctx);
    if (!result.ok) throw new Error(result.error.message);
    const docx = result.value.find((s) => s.name.endsWith('.docx'))!;
    expect(docx).toMatchObject({ status: 'failed' });
    expect(docx.error!.message).toContain('worker gone');
    expect(result.value.filter((s) => s.status === 'ready').length).toBe(2);
  });

  it('取消 also stops the files being read (a scan’s OCR), which stay as 已取消; their scanned pages show in the progress', async () => {
    let cancel: (() => void) | null = null;
    // A pipeline that reads the .docx at once and spends "minutes" on OCR of anything else, until stopped.
    const ocr: ReviewPathsFn = async (paths, onProgress, _limits, options) => {
      if (paths[0].endsWith('.docx')) return reviewPaths(paths);
      onProgress?.({ done: 0, total: 1, current: 'x', ocr: { done: 1, total: 5, page: 2 } });
      cancel?.();
      await new Promise<void>((_, reject) => {
        if (options?.signal?.aborted) reject(new Error('stopped'));
        options?.signal?.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
      });
      return [];
    };
    const { handlers, ctx, progress } = setup(batchFolder(), ocr);
    cancel = () => void handlers.cancelOpen(ctx);
    const result = await handlers.openFolder(ctx);
    if (!result.ok) throw new Error(result.error.message);
    // Both lanes' first files were being read when 取消 came: each stopped, none hangs.
    const stopped = result.value.filter((s) => s.error?.code === 'cancelled' && s.error.message.includes('读取此文件时被取消'));
    expect(stopped.length).toBeGreaterThanOrEqual(1);
    expect(result.value.length).toBe(4);
    const withOcr = progress.find((p) => p.ocr);
    expect(withOcr?.ocr).toEqual({ done: 1, total: 5, page: 2 });
    // The file's own name, not the pipeline's.
    expect(withOcr?.current).toMatch(/\.(txt|pdf|docx)$/);
  });
});
