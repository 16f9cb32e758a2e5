import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { bundledWorkerEntry, createWorkerReviewer, poolSize, ReviewCancelled, type FileProgress } from '../../main/documents/reviewInWorker';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReviewOutcome } from '../../main/documents/reviewFile';
import { samplePath } from '../helpers/fixtures';

const DOCX = samplePath('002-huancui-science-2023', 'docx');
const OTHER = samplePath('000-weihai-science-2020', 'docx');
const TXT = samplePath('004-jining-science-2020', 'txt');
const faulty = () => bundledWorkerEntry(new URL('../helpers/faultyReviewWorker.ts', import.meta.url));
const json = (outcomes: ReviewOutcome[]) => outcomes.map((o) => (o.ok ? toReportJson(o.doc) : o.failed));

let dir: string;
const copy = (source: string, name: string) => {
  const path = join(dir, name);
  copyFileSync(source, path);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-pool-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the review pool', () => {
  it('sizes itself to at least 2 and at most cores − 1 (4 at most), unless told', () => {
    expect([poolSize(1, undefined), poolSize(2, undefined), poolSize(3, undefined), poolSize(4, undefined), poolSize(16, undefined)]).toEqual([2, 2, 2, 3, 4]);
    expect(poolSize(16, '7')).toBe(7);
    expect(poolSize(16, 'many')).toBe(4);
  });

  it('reads a batch in several workers with the results, in batch order, of the in-process pipeline', async () => {
    const reviewer = createWorkerReviewer({ size: 3 });
    try {
      const events: FileProgress[] = [];
      const outcomes = await reviewer.review([DOCX, OTHER, TXT, DOCX], undefined, undefined, { onFile: (e) => events.push(e) });
      expect(json(outcomes)).toEqual(json(await reviewPaths([DOCX, OTHER, TXT, DOCX])));
      // Each file: reading, then done with its own outcome, whatever order the workers finish in.
      for (let i = 0; i < 4; i++) {
        const mine = events.filter((e) => e.index === i).map((e) => e.state);
        expect(mine).toEqual(['reading', 'done']);
      }
      const done = events.find((e) => e.index === 2 && e.state === 'done');
      expect(done?.outcome?.ok && done.outcome.doc.data.organ).toBe('济宁市科学技术局');
    } finally {
      await reviewer.close();
    }
  });

  it('ends a worker that exceeds its heap ceiling; that file fails with a Chinese message, the rest is read', async () => {
    const reviewer = createWorkerReviewer({ entry: faulty, size: 2, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
    try {
      const outcomes = await reviewer.review([copy(DOCX, 'oom-worker.docx'), DOCX, OTHER]);
      expect(outcomes[0].ok ? null : outcomes[0].failed.error).toEqual({
        code: 'too-large',
        message: expect.stringMatching(/所需内存超过上限（64 MB）.*其余文件不受影响/),
      });
      expect(outcomes.slice(1).map((o) => o.ok)).toEqual([true, true]);
    } finally {
      await reviewer.close();
    }
  });

  it('cancels a batch: waiting files are dropped, the file being read is stopped, the batch rejects', async () => {
    const reviewer = createWorkerReviewer({ entry: faulty, size: 2 });
    try {
      const controller = new AbortController();
      const hang = copy(DOCX, 'hang-worker-cancel.docx');
      const started: string[] = [];
      const batch = reviewer.review(
        [hang, copy(DOCX, 'hang-worker-2.docx'), DOCX, OTHER],
        undefined,
        { timeoutMs: 600_000, maxPages: 500 },
        {
          signal: controller.signal,
          onFile: (e) => {
            if (e.state === 'reading') started.push(e.file);
            if (started.length === 2) controller.abort();
          },
        },
      );
      await expect(batch).rejects.toBeInstanceOf(ReviewCancelled);
      expect(started).toEqual(['hang-worker-cancel.docx', 'hang-worker-2.docx']);
      // The pool is usable afterwards: the hung workers were replaced.
      const again = await reviewer.review([OTHER]);
      expect(again[0].ok).toBe(true);
    } finally {
      await reviewer.close();
    }
  });
});
