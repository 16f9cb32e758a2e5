// PDF speed: parse (pdf.js + table rebuilding) and parse + extract + check, per report and per
// page, warm, beside `pdftotext -layout` on the same files. Measured, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePdf } from '../../main/parsers/pdf';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { runChecks } from '../../shared/checks';
import { extractReport } from '../../shared/extract';
import { sampleNames, samplePath } from '../helpers/fixtures';

const REPETITIONS = Number(process.env.BENCH_PDF_REPS ?? 10);

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
    const { layout } = await parsePdf(bytes, DEFAULT_LIMITS);
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

/** Prints, for every sample PDF, our warm times beside pdftotext -layout's, and the ratio. */
export async function benchPdf(): Promise<void> {
  const files = sampleNames()
    .map((base) => samplePath(base, 'pdf'))
    .filter((p) => existsSync(p));
  const loadStart = performance.now();
  await parsePdf(new Uint8Array(readFileSync(files[0])), DEFAULT_LIMITS);
  const firstCall = performance.now() - loadStart;

  console.log(`\nPDF：解析（pdf.js + 表格重建）与 解析+提取+校验，预热后 ${REPETITIONS} 次的中位数；pdftotext -layout 同文件对照`);
  console.log(`首次调用（含加载 pdf.js）：${firstCall.toFixed(0)} ms`);
  console.log('文件                                 页   解析 ms  全流程 ms  ms/页   pdftotext ms  倍数');
  let totalOurs = 0;
  let totalTheirs = 0;
  let totalPages = 0;
  for (const path of files) {
    const ours = await timeOurs(new Uint8Array(readFileSync(path)));
    const theirs = timePdftotext(path);
    totalOurs += ours.full;
    totalPages += ours.pages;
    if (theirs !== null) totalTheirs += theirs;
    const ratio = theirs ? `${(ours.full / theirs).toFixed(1)}×` : '—';
    console.log(
      `${basename(path).padEnd(36)} ${String(ours.pages).padStart(2)} ${ours.parse.toFixed(1).padStart(9)} ${ours.full.toFixed(1).padStart(10)} ${(ours.full / ours.pages).toFixed(1).padStart(7)} ${theirs === null ? '  (无 pdftotext)' : theirs.toFixed(1).padStart(13)}  ${ratio}`,
    );
  }
  const ratio = totalTheirs > 0 ? `${(totalOurs / totalTheirs).toFixed(1)}×` : '—';
  console.log(`合计 ${totalPages} 页：${totalOurs.toFixed(0)} ms（${(totalOurs / totalPages).toFixed(1)} ms/页）；pdftotext -layout ${totalTheirs.toFixed(0)} ms；倍数 ${ratio}`);
}
