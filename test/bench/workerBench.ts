// The review worker against the in-process pipeline: time for a batch, and how long the calling
// thread's event loop was held (the Electron main process's menus, IPC and windows wait that
// long). Measured, never asserted. `npx tsx test/bench/workerBench.ts`, or call benchWorker().
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { reviewPaths } from '../../main/documents/review';
import type { ReviewOutcome } from '../../main/documents/reviewFile';
import { createWorkerReviewer } from '../../main/documents/reviewInWorker';
import { sampleNames, samplePath } from '../helpers/fixtures';

/** One timed batch. */
export interface BatchFigures {
  label: string;
  seconds: number;
  ok: number;
  /** Longest the event loop of the calling thread could not run, in ms. */
  maxDelayMs: number;
  p99DelayMs: number;
}

async function timed(label: string, run: () => Promise<ReviewOutcome[]>): Promise<BatchFigures> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  const outcomes = await run();
  const seconds = (performance.now() - start) / 1000;
  delay.disable();
  return { label, seconds, ok: outcomes.filter((o) => o.ok).length, maxDelayMs: delay.max / 1e6, p99DelayMs: delay.percentile(99) / 1e6 };
}

/**
 * Reviews `files` copies of the samples (.docx and .pdf alternating) in process and in the
 * worker, each twice: cold (pdf.js, or the worker, loads first) and warm. Prints and returns the
 * figures.
 */
export async function benchWorker(files = 40): Promise<BatchFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'review-worker-bench-'));
  const sources = sampleNames().flatMap((b) => (['docx', 'pdf'] as const).map((e) => samplePath(b, e)).filter(existsSync));
  const paths = Array.from({ length: files }, (_, i) => {
    const source = sources[i % sources.length];
    const path = join(dir, `${String(i).padStart(4, '0')}-${basename(source)}`);
    copyFileSync(source, path);
    return path;
  });
  const reviewer = createWorkerReviewer();
  const figures: BatchFigures[] = [];
  try {
    figures.push(await timed('同线程（首批，含加载 pdf.js）', () => reviewPaths(paths)));
    figures.push(await timed('同线程（再次）', () => reviewPaths(paths)));
    figures.push(await timed('工作线程（首批，含启动）', () => reviewer.review(paths)));
    figures.push(await timed('工作线程（再次）', () => reviewer.review(paths)));
  } finally {
    await reviewer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n工作线程与同线程：${files} 个文件（.docx 与 .pdf 交替）`);
  console.log('方式                              用时 s   成功   事件循环最长阻塞 ms   p99 ms');
  for (const f of figures) {
    console.log(
      `${f.label.padEnd(24)} ${f.seconds.toFixed(2).padStart(8)} ${String(f.ok).padStart(6)} ${f.maxDelayMs.toFixed(0).padStart(14)} ${f.p99DelayMs.toFixed(0).padStart(12)}`,
    );
  }
  return figures;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchWorker(Number(process.env.BENCH_WORKER_FILES ?? 40));
}
