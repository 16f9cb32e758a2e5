// OCR of the scanned samples: seconds per page (table pages apart), per report, the tesseract
// workers' start-up apart, and peak memory. Measured, never asserted.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createOcrEngine } from '../../main/parsers/ocr/ocrEngine';
import { ocrPdfPages } from '../../main/parsers/ocr/ocrPdf';
import { SHARED_FIXTURES } from '../helpers/fixtures';

const SCANS = ['000-weihai-science-2020-scan', '002-huancui-science-2023-scan', '003-weihai-etdz-2020-scan'];

/** Prints the OCR figures of the three shared scans. */
export async function benchOcr(): Promise<void> {
  console.log('\n扫描件文字识别（OCR），每页秒数（含渲染与清理；识别进程启动另计）');
  let start = performance.now();
  const engine = await createOcrEngine();
  console.log(`识别进程启动（两个模型）：${((performance.now() - start) / 1000).toFixed(2)} s`);
  await engine.terminate();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const table: number[] = [];
  const text: number[] = [];
  for (const base of SCANS) {
    const bytes = new Uint8Array(readFileSync(join(SHARED_FIXTURES, 'scans', `${base}.pdf`)));
    const pages = (await import('pdfjs-dist/legacy/build/pdf.mjs')).getDocument({ data: bytes.slice() });
    const count = (await pages.promise).numPages;
    await pages.destroy();
    start = performance.now();
    let last = start;
    const perPage: string[] = [];
    const result = await ocrPdfPages(
      bytes,
      Array.from({ length: count }, (_, i) => i + 1),
      { maxPages: 99, timeoutMs: 3_600_000 },
      {
        onProgress: ({ page }) => {
          const now = performance.now();
          perPage.push(`${page}:${((now - last) / 1000).toFixed(1)}`);
          last = now;
        },
      },
    );
    const total = (performance.now() - start) / 1000;
    perPage.forEach((p) => {
      const [n, s] = p.split(':');
      (result.get(Number(n))!.cells > 0 ? table : text).push(Number(s));
    });
    console.log(`${basename(base).padEnd(34)} ${count} 页  共 ${total.toFixed(1)} s（含启动）  每页 ${perPage.join(' ')}`);
  }
  clearInterval(timer);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  console.log(`有表格的页：平均 ${mean(table).toFixed(2)} s/页（${table.length} 页）；纯文字页：平均 ${mean(text).toFixed(2)} s/页（${text.length} 页）`);
  console.log(`峰值内存（主进程 RSS，识别在其工作线程内）：${Math.round(peak / 1048576)} MB`);
}

if (process.argv[1]?.endsWith('ocrBench.ts')) await benchOcr();
