import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reviewPaths, type BatchProgress } from '../../main/documents/review';
import { bundledWorkerEntry, createWorkerReviewer, reviewPathsInWorker, reviewWorkerEntry } from '../../main/documents/reviewInWorker';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReviewOutcome } from '../../main/documents/reviewFile';
import { samplePath } from '../helpers/fixtures';

const DOCX = samplePath('002-huancui-science-2023', 'docx');
const PDF = samplePath('002-huancui-science-2023', 'pdf');
const OTHER = samplePath('000-weihai-science-2020', 'docx');
const faulty = () => bundledWorkerEntry(new URL('../helpers/faultyReviewWorker.ts', import.meta.url));

let dir: string;
/** A copy of a sample under a name that the faulty worker reacts to. */
const copy = (source: string, name: string) => {
  const path = join(dir, name);
  copyFileSync(source, path);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Objects that survive structured cloning unchanged: plain objects, arrays and primitives only. */
function nonPlain(value: unknown, at = '$'): string[] {
  if (typeof value === 'function' || typeof value === 'symbol') return [at];
  if (value === null || typeof value !== 'object') return [];
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [`${at} (${proto?.constructor?.name})`];
  return Object.entries(value).flatMap(([k, v]) => nonPlain(v, `${at}.${k}`));
}

const json = (outcomes: ReviewOutcome[]) => outcomes.map((o) => (o.ok ? toReportJson(o.doc) : o.failed));

describe('reviewing in a worker thread', () => {
  it('gives exactly the outcomes of the in-process pipeline for 002 .docx and .pdf', async () => {
    const inProcess = await reviewPaths([DOCX, PDF]);
    const inWorker = await reviewPathsInWorker([DOCX, PDF]);
    expect(inWorker.map((o) => o.ok)).toEqual([true, true]);
    expect(json(inWorker)).toEqual(json(inProcess));
    // Strict: every object arrives with the same shape, no prototype or undefined field lost.
    expect(inWorker).toStrictEqual(inProcess);
  });

  it('sends plain data only: no class instance or function in an outcome', async () => {
    const outcomes = await reviewPaths([DOCX, PDF, join(dir, 'missing.pdf')]);
    expect(nonPlain(outcomes)).toEqual([]);
  });

  it('relays from the worker, before the outcome, that a PDF has passed its limits (and never for a .docx)', async () => {
    const order: string[] = [];
    const reviewer = createWorkerReviewer({ size: 1 });
    try {
      const outcomes = await reviewer.review([DOCX, PDF], undefined, undefined, {
        onShowable: (path, sha256) => order.push(`showable ${path} ${sha256}`),
        onFile: (f) => f.state === 'done' && order.push(`done ${f.path}`),
      });
      const sha = outcomes[1].ok ? outcomes[1].doc.sha256 : '';
      expect(order).toEqual([`done ${DOCX}`, `showable ${PDF} ${sha}`, `done ${PDF}`]);
    } finally {
      await reviewer.close();
    }
  });

  it('reports progress in order, once per file, then the end', async () => {
    const events: BatchProgress[] = [];
    await reviewPathsInWorker([DOCX, OTHER], (p) => events.push(p));
    expect(events).toEqual([
      { done: 0, total: 2, current: '002-huancui-science-2023.docx' },
      { done: 1, total: 2, current: '000-weihai-science-2020.docx' },
      { done: 2, total: 2, current: null },
    ]);
  });

  it('finds the built worker beside the bundled main entry', async () => {
    const entry = await reviewWorkerEntry('file:///app/out/main/index.js');
    expect(entry.url.href).toBe('file:///app/out/main/reviewWorker.js');
  });
});

describe('a file that breaks the worker fails alone', () => {
  it('turns a file that ends the worker into a failed outcome and reads the rest in a fresh worker', async () => {
    const reviewer = createWorkerReviewer({ entry: faulty });
    try {
      const crash = copy(DOCX, 'crash-worker.docx');
      const events: BatchProgress[] = [];
      const outcomes = await reviewer.review([DOCX, crash, OTHER], (p) => events.push(p));
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
      const failed = outcomes[1].ok ? null : outcomes[1].failed;
      expect(failed).toMatchObject({ file: 'crash-worker.docx', path: crash, format: 'docx', error: { code: 'unreadable' } });
      expect(failed?.error.message).toMatch(/解析程序意外退出（退出码 70）.*其余文件不受影响/);
      expect(json([outcomes[0], outcomes[2]])).toEqual(json(await reviewPaths([DOCX, OTHER])));
      expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3]);
    } finally {
      await reviewer.close();
    }
  });

  it('names the error a worker died of', async () => {
    const reviewer = createWorkerReviewer({ entry: faulty });
    try {
      const outcomes = await reviewer.review([copy(DOCX, 'throw-worker.docx'), DOCX]);
      expect(outcomes[0].ok ? null : outcomes[0].failed.error).toEqual({
        code: 'unreadable',
        message: expect.stringContaining('simulated fault in the parser'),
      });
      expect(outcomes[1].ok).toBe(true);
    } finally {
      await reviewer.close();
    }
  });

  it('terminates a worker stuck past the hard time limit and goes on with the next file', async () => {
    // One worker: the file after the hung one waits for the hard limit, then a fresh worker.
    const reviewer = createWorkerReviewer({ entry: faulty, graceMs: 500, size: 1 });
    try {
      const hang = copy(DOCX, 'hang-worker.docx');
      const started = performance.now();
      const outcomes = await reviewer.review([hang, DOCX], undefined, { timeoutMs: 3000, maxPages: 500 });
      const elapsed = performance.now() - started;
      expect(outcomes[0].ok ? null : outcomes[0].failed.error).toEqual({ code: 'timeout', message: expect.stringMatching(/已强制停止/) });
      expect(outcomes[1].ok ? null : outcomes[1].failed.error).toBeNull();
      // 3.5 s limit, then a fresh worker reads 002 (about a second): the spin did not hold the batch.
      expect(elapsed).toBeLessThan(20_000);
    } finally {
      await reviewer.close();
    }
  });

  it('reads in this thread when no worker can be started at all', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reviewer = createWorkerReviewer({ entry: async () => ({ url: new URL(`file://${join(dir, 'no-such-worker.mjs')}`) }) });
    try {
      const outcomes = await reviewer.review([DOCX]);
      expect(json(outcomes)).toEqual(json(await reviewPaths([DOCX])));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('reviewing in the main process'));
    } finally {
      error.mockRestore();
      await reviewer.close();
    }
  });
});
