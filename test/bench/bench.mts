// `npm run bench`: speed and memory of the review pipeline on the samples, measured, never
// asserted. Prints per-file figures for parse + extract + check, a batch of hundreds of files,
// and the PDF figures beside pdftotext.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { reviewPaths } from '../../main/documents/review';
import { parseFile } from '../../main/parsers';
import { runChecks } from '../../shared/checks';
import { extractReport } from '../../shared/extract';
import { OWN_FIXTURES, sampleNames, samplePath } from '../helpers/fixtures';

const REPETITIONS = Number(process.env.BENCH_REPS ?? 100);
const BATCH_SIZE = Number(process.env.BENCH_BATCH ?? 300);

function stats(samples: number[]): { median: number; p95: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

const ms = (n: number) => n.toFixed(2).padStart(7);

async function timeFile(path: string): Promise<number[]> {
  const bytes = new Uint8Array(readFileSync(path));
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS + 5; i++) {
    const start = performance.now();
    const { parsed } = await parseFile(bytes, basename(path));
    runChecks(extractReport(parsed.layout));
    if (i >= 5) times.push(performance.now() - start); // the first runs warm the JIT
  }
  return times;
}

async function perFile(): Promise<void> {
  console.log(`\n解析+提取+校验，每个文件 ${REPETITIONS} 次（预热 5 次后计时，单核）`);
  console.log('文件                                         中位数 ms   p95 ms   平均 ms');
  const files = [
    ...sampleNames().flatMap((b) => [samplePath(b, 'docx'), join(OWN_FIXTURES, 'doc', `${b}.doc`), samplePath(b, 'txt')].filter(existsSync)),
    join(OWN_FIXTURES, 'html', 'saved-page-gb2312.html'),
  ];
  const byFormat = new Map<string, number[]>();
  for (const file of files) {
    const times = await timeFile(file);
    const s = stats(times);
    const ext = file.split('.').pop() as string;
    byFormat.set(ext, [...(byFormat.get(ext) ?? []), ...times]);
    console.log(`${basename(file).padEnd(44)} ${ms(s.median)}  ${ms(s.p95)}  ${ms(s.mean)}`);
  }
  for (const [ext, times] of byFormat) {
    const s = stats(times);
    console.log(`全部 .${ext.padEnd(39)} ${ms(s.median)}  ${ms(s.p95)}  ${ms(s.mean)}`);
  }
}

async function batch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'review-bench-'));
  const sources = sampleNames().flatMap((b) => (['docx', 'txt'] as const).map((e) => samplePath(b, e)).filter(existsSync));
  const paths: string[] = [];
  for (let i = 0; i < BATCH_SIZE; i++) {
    const source = sources[i % sources.length];
    const path = join(dir, `${String(i).padStart(4, '0')}-${basename(source)}`);
    copyFileSync(source, path);
    paths.push(path);
  }
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const outcomes = await reviewPaths(paths);
  const elapsed = performance.now() - start;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  rmSync(dir, { recursive: true, force: true });
  const ok = outcomes.filter((o) => o.ok).length;
  console.log(
    `\n批量：${BATCH_SIZE} 个文件（.docx 与 .txt 各半）用时 ${(elapsed / 1000).toFixed(2)} s，` +
      `每个 ${(elapsed / BATCH_SIZE).toFixed(2)} ms，成功 ${ok}；内存峰值 RSS ${(peakRss / 1048576).toFixed(0)} MB（开始时 ${(rssBefore / 1048576).toFixed(0)} MB）`,
  );
}

async function pdf(): Promise<void> {
  const module = join(import.meta.dirname ?? '.', 'pdfBench.ts');
  if (!existsSync(module)) {
    console.log('\n（PDF 基准尚未提供）');
    return;
  }
  const { benchPdf } = (await import('./pdfBench')) as { benchPdf: () => Promise<void> };
  await benchPdf();
}

async function worker(): Promise<void> {
  const { benchWorker } = (await import('./workerBench')) as { benchWorker: (files: number) => Promise<unknown> };
  await benchWorker(Number(process.env.BENCH_WORKER_FILES ?? 40));
}

async function narrative(): Promise<void> {
  const { benchNarrative } = await import('./narrativeBench');
  benchNarrative();
}

async function hostile(): Promise<void> {
  const { benchHostile } = await import('./hostileBench');
  await benchHostile();
}

async function cold(): Promise<void> {
  await (await import('./coldBench')).benchCold(Number(process.env.BENCH_COLD_REPS ?? 3));
}

// `BENCH_ONLY=pdf,cold npm run bench` runs only those parts (names as below).
const parts: Array<[string, () => Promise<void>]> = [
  ['files', perFile],
  ['doc', async () => (await import('./docBench')).benchDoc(REPETITIONS)],
  ['batch', batch],
  ['pdf', pdf],
  ['cold', cold],
  ['worker', worker],
  ['narrative', narrative],
  ['runs', async () => (await import('./runBench')).benchRuns(REPETITIONS)],
  ['hostile', hostile],
  ['folder', async () => void (await (await import('./batchBench')).benchBatch(Number(process.env.BENCH_BATCH_FILES ?? 200)))],
  ['ocr', async () => (await import('./ocrBench')).benchOcr()],
];
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
for (const [name, run] of parts) if (!only || only.includes(name)) await run();
