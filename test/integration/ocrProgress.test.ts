import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, type BatchProgress } from '../../main/documents/review';
import { createWorkerReviewer, ReviewCancelled } from '../../main/documents/reviewInWorker';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { scannedPagesPdf, type TestImage } from '../helpers/imagePdf';

// OCR takes seconds a page: the review worker reports each scanned page as it starts, through the
// pool to the app and the CLI, and a cancelled batch ends the OCR of the file being read.

const ROOT = resolve(import.meta.dirname, '../..');
/** A blank page of paper as a scanner gives it: OCR reads it (and finds nothing) in little time. */
const paper: TestImage = { width: 12, height: 17, channels: 1, data: new Uint8Array(12 * 17).fill(235) };

let dir: string;
let scan: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocr-progress-'));
  scan = join(dir, '扫描件.pdf');
  writeFileSync(scan, scannedPagesPdf([paper, paper, paper]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OCR progress and cancel', () => {
  it('reports each scanned page as it starts, from the worker, in order', async () => {
    const reviewer = createWorkerReviewer({ size: 1 });
    const events: BatchProgress[] = [];
    try {
      const [outcome] = await reviewer.review([scan], (p) => events.push(p));
      // Blank pages: read, and found to hold no text, with the Chinese message for that.
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.failed.error.message).toContain('文字识别（OCR）也未读出文字');
    } finally {
      await reviewer.close();
    }
    expect(events.filter((e) => e.ocr)).toEqual([
      { done: 0, total: 1, current: '扫描件.pdf', ocr: { done: 0, total: 3, page: 1 } },
      { done: 0, total: 1, current: '扫描件.pdf', ocr: { done: 1, total: 3, page: 2 } },
      { done: 0, total: 1, current: '扫描件.pdf', ocr: { done: 2, total: 3, page: 3 } },
    ]);
  }, 300_000);

  it('取消 during OCR ends the file being read: no page after the cancel is started', async () => {
    const reviewer = createWorkerReviewer({ size: 1 });
    const stop = new AbortController();
    const pages: number[] = [];
    let afterCancel = 0;
    try {
      const run = reviewer.review(
        [scan],
        (p) => {
          if (!p.ocr) return;
          if (stop.signal.aborted) afterCancel++;
          pages.push(p.ocr.page);
          if (p.ocr.page === 2) stop.abort();
        },
        DEFAULT_LIMITS,
        { signal: stop.signal },
      );
      await expect(run).rejects.toBeInstanceOf(ReviewCancelled);
      // The worker was ended: page 3 never starts, even given time.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await reviewer.close();
    }
    expect(pages).toEqual([1, 2]);
    expect(afterCancel).toBe(0);
  }, 300_000);

  it('stops at the OCR time limit with a Chinese message naming the limit and the page', async () => {
    const read = await readReport(scan, { ...DEFAULT_LIMITS, ocr: { maxPages: 60, timeoutMs: 1 } });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.failed.error.code).toBe('timeout');
    expect(read.failed.error.message).toBe('扫描件文字识别（OCR）超过 1 秒上限，读到第 1 页时已停止。');
  }, 120_000);

  it('the CLI prints each scanned page on stderr in its readable mode, and nothing extra with --json', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    const readable = run([scan]);
    const lines = readable.stderr.split('\n').filter((l) => l.includes('正在识别扫描件'));
    expect(lines).toEqual([1, 2, 3].map((n) => `  正在识别扫描件 第 ${n} / 3 页（PDF 第 ${n} 页）：扫描件.pdf`));
    const json = run(['--json', scan]);
    expect(json.stderr).not.toContain('正在识别扫描件');
    expect(JSON.parse(json.stdout)).toHaveLength(1);
  }, 600_000);
});
