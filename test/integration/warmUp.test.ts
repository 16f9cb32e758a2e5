import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { bundledWorkerEntry, createWorkerReviewer } from '../../main/documents/reviewInWorker';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReviewOutcome } from '../../main/documents/reviewFile';
import { warmAfterFirstPaint } from '../../main/documents/warmOnShow';
import { parsePdf } from '../../main/parsers/pdf';
import { warmUpPdf, warmUpPipeline } from '../../main/parsers/pdf/warmUp';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { samplePath } from '../helpers/fixtures';

const PDF = samplePath('002-huancui-science-2023', 'pdf');
const json = (outcomes: ReviewOutcome[]) => outcomes.map((o) => (o.ok ? toReportJson(o.doc) : o.failed));

describe('warming the review pipeline', () => {
  it('reads its built-in PDF through the CID font and cMap, the standard font and the ruled table', async () => {
    const { layout } = await parsePdf(warmUpPdf(), DEFAULT_LIMITS);
    const texts = layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))));
    expect(texts).toEqual([
      'Annual report 2023',
      '年度报告',
      [
        ['新收', '12'],
        ['办结', '3'],
      ],
    ]);
    expect(await warmUpPipeline()).toBeGreaterThan(0);
  });

  it('warms every worker of a pool, after which reports read as in process', async () => {
    const reviewer = createWorkerReviewer({ size: 2 });
    try {
      await reviewer.warm();
      expect(json(await reviewer.review([PDF, PDF]))).toEqual(json(await reviewPaths([PDF, PDF])));
    } finally {
      await reviewer.close();
    }
  });

  it('never fails when no worker can start, and the reads still come back (in process)', async () => {
    const reviewer = createWorkerReviewer({ size: 1, entry: () => Promise.reject(new Error('no worker script')) });
    try {
      await expect(reviewer.warm()).resolves.toBeUndefined();
    } finally {
      await reviewer.close();
    }
  });

  it('ignores a warm request in a worker that answers only reads (the pool then reads as usual)', async () => {
    const entry = () => bundledWorkerEntry(new URL('../helpers/faultyReviewWorker.ts', import.meta.url));
    const reviewer = createWorkerReviewer({ size: 1, entry, startupMs: 60_000 });
    try {
      await reviewer.warm();
      const [outcome] = await reviewer.review([PDF]);
      expect(outcome.ok).toBe(true);
    } finally {
      await reviewer.close();
    }
  });

  it('starts warming only after the window has painted', async () => {
    const win = new EventEmitter();
    let warmed = 0;
    warmAfterFirstPaint(win as never, async () => void warmed++, 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(warmed).toBe(0);
    win.emit('ready-to-show');
    await new Promise((r) => setTimeout(r, 20));
    expect(warmed).toBe(1);
    win.emit('ready-to-show');
    await new Promise((r) => setTimeout(r, 20));
    expect(warmed).toBe(1);
  });
});
