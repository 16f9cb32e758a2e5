// 打开文件夹 as the app does it (main/documents/batchOpen.ts): a folder of mixed reports read file
// by file through review workers, with 1 worker and with several, wall time, files per second and
// the peak memory of the whole process tree (the process with its worker threads, and any child
// process), sampled from /proc every 25 ms. Each row runs in a process of its own, as the app has
// one pool: in one process the pool's peak carried ~130 MB that the 1-worker row's ended worker
// had freed but the C allocator had kept.
// Measured, never asserted. `npx tsx test/bench/batchBench.ts`, or call benchBatch().
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBatch } from '../../main/documents/batchOpen';
import { HEAP_GROWING_ENV, heapGrowingPercent, oldSpaceFloorMb, POOL_OLD_SPACE_MB } from '../../main/documents/heapGrowth';
import { createWorkerReviewer, poolSize as appPoolSize } from '../../main/documents/reviewInWorker';
import { REVIEW_INTERRUPT_BUDGET, V8_HELPERS_ENV, v8HelperMode } from '../../main/documents/v8Tuning';
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
 * Resident memory of this process and every process under it, in bytes, from /proc (worker
 * threads share the process's RSS; a converter or browser started by a parser is a child). Off
 * Linux, the process's own RSS.
 */
export function treeRss(pid: number = process.pid): number {
  if (!existsSync('/proc/self/status')) return process.memoryUsage().rss;
  let total = 0;
  const seen = new Set<number>();
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    if (seen.has(p)) continue;
    seen.add(p);
    try {
      const rss = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended while it was read.
    }
  }
  return total;
}

export interface BatchBenchFigures {
  workers: number;
  files: number;
  seconds: number;
  filesPerSecond: number;
  ok: number;
  peakRssMb: number;
  /** CPU time of this process (all its threads: the pool, V8's compiler and GC helpers), user + system. */
  cpuSeconds: number;
}

/** One row in a child process (this file, run with the same Node options, e.g. tsx's loader). */
function runApart(folder: string, workers: number): BatchBenchFigures {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ROW_FLAG, String(workers), folder], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as BatchBenchFigures;
}

const ROW_FLAG = '--batch-bench-row';

async function run(folderFiles: string[], workers: number): Promise<BatchBenchFigures> {
  // The app's pool (reviewInWorker.ts) with this many workers, fed by openBatch as 打开文件夹 does.
  const reviewer = createWorkerReviewer({ size: workers });
  // Warm every worker (pdf.js loads in each) so that the figures are the reading, not the start.
  await reviewer.warm();
  let peak = treeRss();
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss())), 25);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const outcomes = await openBatch(folderFiles, (paths) => reviewer.review(paths), { concurrency: workers * 2 });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peak = Math.max(peak, treeRss());
  await reviewer.close();
  return {
    workers,
    files: folderFiles.length,
    seconds,
    filesPerSecond: folderFiles.length / seconds,
    ok: outcomes.filter((o) => o.ok).length,
    peakRssMb: peak / 1048576,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

/** Reads a folder of `count` mixed reports with 1 worker and with a pool; prints and returns the figures. */
export async function benchBatch(count = 200, poolSize = appPoolSize()): Promise<BatchBenchFigures[]> {
  const { expandPaths } = await import('../../main/documents/review');
  const folder = mixedFolder(count);
  try {
    const files = await expandPaths([folder]);
    const growing = heapGrowingPercent();
    console.log(`\n打开文件夹：${files.length} 份混合报告（.docx/.pdf/.txt/.html），逐个读取并流入列表；本机 ${availableParallelism()} 核`);
    // The app's heap growing (main/documents/heapGrowth.ts); REPORT_REVIEW_HEAP_GROWING=0 reads with V8's own, to compare.
    console.log(
      `审阅线程的堆增长：${growing > 0 ? `${1 + growing / 100} 倍存活量后整理，且不低于 ${POOL_OLD_SPACE_MB} MB 由各线程均分（1 线程 ${oldSpaceFloorMb(1)} MB，${poolSize} 线程各 ${oldSpaceFloorMb(poolSize)} MB）` : 'V8 默认'}（${HEAP_GROWING_ENV}=${growing}）`,
    );
    // main/documents/v8Tuning.ts: the budget always; GC and compiles on the workers' own threads
    // once every core has a worker (REPORT_REVIEW_V8_HELPERS=own|shared forces one, to compare).
    console.log(`优化编译的中断预算 ${REVIEW_INTERRUPT_BUDGET / 1024} KB；GC 与编译：“自身”＝在审阅线程上，“辅助”＝V8 辅助线程（${V8_HELPERS_ENV}）`);
    // CPU s / 用时 s is how many cores the reading kept busy: one worker already keeps more than one
    // (V8 compiles and collects garbage on its own threads), which bounds what a second can add.
    console.log('审阅线程   GC/编译   用时 s   份/秒   成功   进程树峰值内存 MB   CPU s   占用核数   每份 CPU ms');
    const figures: BatchBenchFigures[] = [];
    for (const workers of [1, poolSize]) {
      const f = runApart(folder, workers);
      figures.push(f);
      console.log(
        `${String(f.workers).padStart(6)}   ${v8HelperMode(f.workers, availableParallelism()) === 'own' ? '  自身' : '  辅助'}   ${f.seconds.toFixed(1).padStart(6)}  ${f.filesPerSecond.toFixed(2).padStart(6)}  ${String(f.ok).padStart(5)}   ${f.peakRssMb.toFixed(0).padStart(8)}` +
          `   ${f.cpuSeconds.toFixed(1).padStart(14)}  ${(f.cpuSeconds / f.seconds).toFixed(2).padStart(8)}  ${((1000 * f.cpuSeconds) / f.files).toFixed(0).padStart(10)}`,
      );
    }
    console.log(
      `加速比（${poolSize} 线程 / 1 线程）：${(figures[0].seconds / figures[1].seconds).toFixed(2)}×（目标 ≥ 1.7×；峰值内存目标 ≤ 600 MB；本机负载：${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}）`,
    );
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const row = process.argv.indexOf(ROW_FLAG);
  if (row >= 0) {
    const { expandPaths } = await import('../../main/documents/review');
    const figures = await run(await expandPaths([process.argv[row + 2]]), Number(process.argv[row + 1]));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    await benchBatch(Number(process.env.BENCH_BATCH_FILES ?? 200));
  }
}
