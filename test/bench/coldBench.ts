// The first report of a session: open → outcome in a fresh review worker pool (the worker starts,
// loads the pipeline and pdf.js, then reads the file), beside a report once every worker of the
// pool has read one, and beside the first report in a pool warmed beforehand (WorkerReviewer.warm).
// Measured, never asserted. `npx tsx test/bench/coldBench.ts`, or call benchCold().
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createWorkerReviewer, reviewWorkerEntry } from '../../main/documents/reviewInWorker';
import { samplePath } from '../helpers/fixtures';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeReview(reviewer: ReturnType<typeof createWorkerReviewer>, path: string): Promise<number> {
  const start = performance.now();
  const [outcome] = await reviewer.review([path]);
  if (!outcome.ok) throw new Error(`${basename(path)}: ${outcome.failed.error.message}`);
  return performance.now() - start;
}

/** Prints cold and warm first-report times, `reps` fresh pools per file. */
export async function benchCold(reps = 3): Promise<void> {
  await reviewWorkerEntry(); // the esbuild bundle of the worker (tsx only; the app ships it built)
  const base = '002-huancui-science-2023';
  const files = (['pdf', 'docx'] as const).map((e) => samplePath(base, e)).filter(existsSync);
  console.log(`\n首份报告（新的审阅工作线程池，单个文件，${reps} 次的中位数 ms）`);
  console.log('文件                                   冷启动首份   启动时预热后首份（预热用时）   同池已热');
  for (const path of files) {
    const cold: number[] = [];
    const warm: number[] = [];
    const prewarmed: number[] = [];
    const warming: number[] = [];
    for (let i = 0; i < reps; i++) {
      // As the app does when its window has painted (main/documents/warmOnShow.ts).
      const warmedPool = createWorkerReviewer();
      try {
        const start = performance.now();
        await warmedPool.warm();
        warming.push(performance.now() - start);
        prewarmed.push(await timeReview(warmedPool, path));
      } finally {
        await warmedPool.close();
      }
      const reviewer = createWorkerReviewer();
      try {
        cold.push(await timeReview(reviewer, path));
        // The pool hands files to its workers in turn: the second file starts the second worker.
        await timeReview(reviewer, path);
        warm.push(await timeReview(reviewer, path));
      } finally {
        await reviewer.close();
      }
    }
    console.log(
      `${basename(path).padEnd(38)} ${median(cold).toFixed(0).padStart(10)} ${median(prewarmed).toFixed(0).padStart(14)}（${median(warming).toFixed(0)}）${median(warm).toFixed(0).padStart(20)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchCold(Number(process.env.BENCH_COLD_REPS ?? 3));
}
