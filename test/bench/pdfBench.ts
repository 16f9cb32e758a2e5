// PDF speed: parse (pdf.js + table rebuilding) and parse + extract + check, per report and per
// page, warm, beside `pdftotext -layout` on the same files, over every fixture PDF that has a text
// layer (the shared samples and test/fixtures/pdf). Measured, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePdf } from '../../main/parsers/pdf';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { runChecks } from '../../shared/checks';
import { extractReport } from '../../shared/extract';
import { OWN_FIXTURES, sampleNames, samplePath } from '../helpers/fixtures';

const REPETITIONS = Number(process.env.BENCH_PDF_REPS ?? 10);
/**
 * `BENCH_PDF_OPS_EVERY_PAGE=1`: every page's operator list, as before mayHoldTable; `BENCH_PDF_OWN_WORKER=1`:
 * pdf.js's own cloning fake worker, as before sharedWorker.ts (before/afters).
 */
const OPTIONS = { operatorsOnEveryPage: process.env.BENCH_PDF_OPS_EVERY_PAGE === '1', pdfjsOwnWorker: process.env.BENCH_PDF_OWN_WORKER === '1' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeOurs(bytes: Uint8Array): Promise<{ parse: number; full: number; pages: number }> {
  const parse: number[] = [];
  const full: number[] = [];
  let pages = 0;
  for (let i = 0; i < REPETITIONS + 2; i++) {
    const start = performance.now();
    const { layout } = await parsePdf(bytes, DEFAULT_LIMITS, OPTIONS);
    const parsed = performance.now();
    runChecks(extractReport(layout));
    const end = performance.now();
    pages = layout.pageCount ?? 0;
    if (i >= 2) {
      // the first runs warm the JIT and pdf.js's cMap and font caches
      parse.push(parsed - start);
      full.push(end - start);
    }
  }
  return { parse: median(parse), full: median(full), pages };
}

function timePdftotext(path: string): number | null {
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = performance.now();
    const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    if (run.error || run.status !== 0) return null;
    times.push(performance.now() - start);
  }
  return median(times);
}

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []))
    .sort();
}

/** Every fixture PDF we can read: the shared samples first, then test/fixtures/pdf (bad files left out). */
export async function readablePdfFixtures(): Promise<{ samples: string[]; own: string[] }> {
  const samples = sampleNames()
    .map((base) => samplePath(base, 'pdf'))
    .filter((p) => existsSync(p));
  const own: string[] = [];
  for (const path of pdfsUnder(join(OWN_FIXTURES, 'pdf'))) {
    // Encrypted, corrupt and scanned fixtures are refused by design: nothing to compare.
    const ok = await parsePdf(new Uint8Array(readFileSync(path)), DEFAULT_LIMITS).then(
      () => true,
      () => false,
    );
    if (ok) own.push(path);
  }
  return { samples, own };
}

interface Totals {
  ours: number;
  theirs: number;
  pages: number;
}

const ratioOf = (t: Totals): string => (t.theirs > 0 ? `${(t.ours / t.theirs).toFixed(2)}×` : '—');

/** Prints, for every readable fixture PDF, our warm times beside pdftotext -layout's, and the ratio. */
export async function benchPdf(): Promise<void> {
  const loadStart = performance.now();
  const { samples, own } = await readablePdfFixtures();
  await parsePdf(new Uint8Array(readFileSync(samples[0] ?? own[0])), DEFAULT_LIMITS);
  const firstCall = performance.now() - loadStart;

  console.log(
    `\nPDF：解析（pdf.js + 表格重建）与 解析+提取+校验，预热后 ${REPETITIONS} 次的中位数；pdftotext -layout 同文件对照${OPTIONS.operatorsOnEveryPage ? '（每页都取算子列表）' : ''}${OPTIONS.pdfjsOwnWorker ? '（pdf.js 自带的复制消息的 worker）' : ''}`,
  );
  console.log(`首次调用（含加载 pdf.js，并试读全部自有 PDF 样例）：${firstCall.toFixed(0)} ms`);
  console.log('文件                                          页   解析 ms  全流程 ms  ms/页   pdftotext ms  倍数');
  const sampleTotals: Totals = { ours: 0, theirs: 0, pages: 0 };
  const allTotals: Totals = { ours: 0, theirs: 0, pages: 0 };
  for (const path of [...samples, ...own]) {
    const ours = await timeOurs(new Uint8Array(readFileSync(path)));
    const theirs = timePdftotext(path);
    for (const totals of samples.includes(path) ? [sampleTotals, allTotals] : [allTotals]) {
      if (theirs === null) continue; // the ratio compares only files both read
      totals.ours += ours.full;
      totals.theirs += theirs;
      totals.pages += ours.pages;
    }
    const ratio = theirs ? `${(ours.full / theirs).toFixed(1)}×` : '—';
    console.log(
      `${basename(path).padEnd(45)} ${String(ours.pages).padStart(2)} ${ours.parse.toFixed(1).padStart(9)} ${ours.full.toFixed(1).padStart(10)} ${(ours.full / ours.pages).toFixed(1).padStart(7)} ${theirs === null ? '  (无 pdftotext)' : theirs.toFixed(1).padStart(13)}  ${ratio}`,
    );
  }
  const line = (label: string, t: Totals) =>
    `${label} ${t.pages} 页：${t.ours.toFixed(0)} ms（${(t.ours / Math.max(1, t.pages)).toFixed(1)} ms/页）；pdftotext -layout ${t.theirs.toFixed(0)} ms；倍数 ${ratioOf(t)}`;
  console.log(line('共享样例合计', sampleTotals));
  console.log(line(`全部 ${samples.length + own.length} 个可读 PDF 样例合计`, allTotals));
  console.log(`预热后 PDF 与 pdftotext -layout 之比（全部样例，目标 ≤ 1.5×）：${ratioOf(allTotals)}`);
}
