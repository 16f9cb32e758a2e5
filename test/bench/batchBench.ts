// 打开文件夹 as the app does it (main/documents/batchOpen.ts): a folder of mixed reports read file
// by file through review workers, with 1 worker and with several, wall time, files per second and
// the peak memory of the process (worker threads live in it, so this is the whole tree).
// Measured, never asserted. `npx tsx test/bench/batchBench.ts`, or call benchBatch().
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openBatch, type ReviewPathsFn } from '../../main/documents/batchOpen';
import { createWorkerReviewer, type WorkerReviewer } from '../../main/documents/reviewInWorker';
import { OWN_FIXTURES, sampleNames, samplePath } from '../helpers/fixtures';

/** A folder of `count` reports in subfolders: copies of the samples as .docx, .pdf, .txt and .html. */
function mixedFolder(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'review-batch-bench-'));
  const sources = [
    ...sampleNames().flatMap((b) => [samplePath(b, 'docx'), samplePath(b, 'pdf'), samplePath(b, 'txt')]),
    join(OWN_FIXTURES, 'html', 'saved-page-utf8.html'),
    join(OWN_FIXTURES, 'html', 'saved-page-gb2312.html'),
  ].filter(existsSync);
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const dir = join(root, `区县${String(i % 10).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(source, join(dir, `${String(i).padStart(3, '0')}-${basename(source)}`));
  }
  return root;
}

/**
 * `size` workers serving one queue of files: each file goes to a free worker. Built from
 * createWorkerReviewer (one worker each) so that it measures parallel workers whatever the pool
 * inside reviewInWorker.ts looks like.
 */
function workerPool(size: number): { review: ReviewPathsFn; close(): Promise<void> } {
  const free: WorkerReviewer[] = Array.from({ length: size }, () => createWorkerReviewer());
  const all = [...free];
  const waiting: Array<(r: WorkerReviewer) => void> = [];
  const take = () => new Promise<WorkerReviewer>((resolve) => (free.length > 0 ? resolve(free.pop()!) : waiting.push(resolve)));
  const give = (r: WorkerReviewer) => (waiting.length > 0 ? waiting.shift()!(r) : free.push(r));
  return {
    async review(paths) {
      const reviewer = await take();
      try {
        return await reviewer.review(paths);
      } finally {
        give(reviewer);
      }
    },
    close: async () => void (await Promise.all(all.map((r) => r.close()))),
  };
}

export interface BatchBenchFigures {
  workers: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  ok: number;
  peakRssMb: number;
}

async function run(folderFiles: string[], workers: number): Promise<BatchBenchFigures> {
  const pool = workerPool(workers);
  // Warm every worker (pdf.js loads in each) so that the figures are the reading, not the start.
  await Promise.all(Array.from({ length: workers }, () => pool.review([folderFiles[0]])));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const start = performance.now();
  const outcomes = await openBatch(folderFiles, pool.review, { concurrency: workers * 2 });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await pool.close();
  return {
    workers,
    files: folderFiles.length,
    seconds,
    filesPerSecond: folderFiles.length / seconds,
    ok: outcomes.filter((o) => o.ok).length,
    peakRssMb: peak / 1048576,
  };
}

/** Reads a folder of `count` mixed reports with 1 worker and with a pool; prints and returns the figures. */
export async function benchBatch(count = 200, poolSize = Math.max(2, availableParallelism() - 1)): Promise<BatchBenchFigures[]> {
  const { expandPaths } = await import('../../main/documents/review');
  const folder = mixedFolder(count);
  try {
    const files = await expandPaths([folder]);
    console.log(`\n打开文件夹：${files.length} 份混合报告（.docx/.pdf/.txt/.html），逐个读取并流入列表；本机 ${availableParallelism()} 核`);
    console.log('审阅线程   用时 s   份/秒   成功   进程峰值内存 MB');
    const figures: BatchBenchFigures[] = [];
    for (const workers of [1, poolSize]) {
      const f = await run(files, workers);
      figures.push(f);
      console.log(
        `${String(f.workers).padStart(6)}   ${f.seconds.toFixed(1).padStart(6)}  ${f.filesPerSecond.toFixed(2).padStart(6)}  ${String(f.ok).padStart(5)}   ${f.peakRssMb.toFixed(0).padStart(8)}`,
      );
    }
    console.log(`加速比（${poolSize} 线程 / 1 线程）：${(figures[0].seconds / figures[1].seconds).toFixed(2)}×`);
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchBatch(Number(process.env.BENCH_BATCH_FILES ?? 200));
}
