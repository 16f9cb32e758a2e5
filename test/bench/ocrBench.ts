// OCR of the scanned samples: seconds per page (table pages apart), per report, the tesseract
// workers' start-up apart, and peak memory. Measured, never asserted. Wall seconds depend on
// what else the machine runs; CPU seconds (all threads of this process) much less so.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createOcrEngine } from '../../main/parsers/ocr/ocrEngine';
import { ocrPdfPages } from '../../main/parsers/ocr/ocrPdf';
import { OWN_FIXTURES, SHARED_FIXTURES } from '../helpers/fixtures';

const SCANS = ['000-weihai-science-2020-scan', '002-huancui-science-2023-scan', '003-weihai-etdz-2020-scan'];

/** CPU seconds of all this process's threads since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Prints the OCR figures of the three shared scans. */
export async function benchOcr(): Promise<void> {
  console.log('\n扫描件文字识别（OCR），每页秒数（含渲染与清理；识别进程启动另计）');
  let start = performance.now();
  const cpuAtStart = process.cpuUsage();
  const engine = await createOcrEngine();
  const startup = (performance.now() - start) / 1000;
  console.log(
    `识别进程启动（${engine.parallel('block')} 个中文、${engine.parallel('digits')} 个数字识别线程）：${startup.toFixed(2)} s，CPU ${cpuSeconds(cpuAtStart).toFixed(2)} s`,
  );
  await engine.terminate();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const table: Array<{ wall: number; cpu: number }> = [];
  const reports: Array<{ pages: number; wall: number }> = [];
  const text: Array<{ wall: number; cpu: number }> = [];
  for (const base of SCANS) {
    const bytes = new Uint8Array(readFileSync(join(SHARED_FIXTURES, 'scans', `${base}.pdf`)));
    const pages = (await import('pdfjs-dist/legacy/build/pdf.mjs')).getDocument({ data: bytes.slice() });
    const count = (await pages.promise).numPages;
    await pages.destroy();
    start = performance.now();
    let last = start;
    let lastCpu = process.cpuUsage();
    const perPage: Array<{ page: number; wall: number; cpu: number }> = [];
    const result = await ocrPdfPages(
      bytes,
      Array.from({ length: count }, (_, i) => i + 1),
      { maxPages: 99, timeoutMs: 3_600_000 },
      {
        onProgress: ({ page }) => {
          const now = performance.now();
          perPage.push({ page, wall: (now - last) / 1000, cpu: cpuSeconds(lastCpu) });
          last = now;
          lastCpu = process.cpuUsage();
        },
      },
    );
    const total = (performance.now() - start) / 1000;
    // The first page's time holds the start-up of the workers: that page counts without it.
    perPage.forEach((p, i) => {
      const wall = i === 0 ? Math.max(0, p.wall - startup) : p.wall;
      (result.get(p.page)!.cells > 0 ? table : text).push({ wall, cpu: p.cpu });
    });
    const shown = perPage.map((p) => `${p.page}${result.get(p.page)!.cells > 0 ? '表' : ''}:${p.wall.toFixed(1)}/${p.cpu.toFixed(1)}`);
    // Pages overlap (the next is pictured while this one is read): the time between two pages'
    // ends is what a page costs in a run; the report's mean is the plainest figure.
    reports.push({ pages: count, wall: Math.max(0, total - startup) });
    console.log(
      `${basename(base).padEnd(34)} ${count} 页  共 ${total.toFixed(1)} s（含启动），每页平均 ${(Math.max(0, total - startup) / count).toFixed(2)} s  每页 墙钟/CPU 秒 ${shown.join(' ')}`,
    );
  }
  // Pages scanned sideways or upside down: each is read, found wanting, its way up told by
  // tesseract's orientation detection, and read again turned (test/fixtures/scans/make-turned.sh).
  const turnedBytes = new Uint8Array(readFileSync(join(OWN_FIXTURES, 'scans', 'turned-pages-002.pdf')));
  const turnedPages = [4, 5, 6, 7];
  start = performance.now();
  const turnedCpu = process.cpuUsage();
  const turned = await ocrPdfPages(turnedBytes, turnedPages, { maxPages: 99, timeoutMs: 3_600_000 });
  const turnedWall = (performance.now() - start) / 1000;
  const orient = [...turned.values()].map((r) => `${r.righted}°/${(r.timings.orient / 1000).toFixed(2)}s`);
  console.log(
    `横放或倒放的扫描页（turned-pages-002 第 4–7 页，含识别进程启动）：共 ${turnedWall.toFixed(1)} s，CPU ${cpuSeconds(turnedCpu).toFixed(1)} s，每页 ${(turnedWall / turnedPages.length).toFixed(2)} s；转正角度/方向识别用时 ${orient.join(' ')}`,
  );
  clearInterval(timer);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const line = (xs: Array<{ wall: number; cpu: number }>) =>
    `平均 ${mean(xs.map((x) => x.wall)).toFixed(2)} s/页，CPU ${mean(xs.map((x) => x.cpu)).toFixed(2)} s/页（${xs.length} 页）`;
  console.log(`有表格的页：${line(table)}；纯文字页：${line(text)}（不含识别进程启动；含渲染）`);
  const pages = reports.reduce((n, r) => n + r.pages, 0);
  console.log(`所有页：平均 ${(reports.reduce((n, r) => n + r.wall, 0) / Math.max(1, pages)).toFixed(2)} s/页（${pages} 页，不含识别进程启动）`);
  console.log(`本机负载（1 分钟平均）：${loadavg()[0].toFixed(1)}，${availableParallelism()} 核`);
  console.log(`峰值内存（主进程 RSS，识别在其工作线程内）：${Math.round(peak / 1048576)} MB`);
}

if (process.argv[1]?.endsWith('ocrBench.ts')) await benchOcr();
