import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { checkBatch, readReport } from '../../main/documents/review';
import { DocumentStore } from '../../main/documents/store';
import { reviewPathsInWorker } from '../../main/documents/reviewInWorker';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import type { Rect, ReportData } from '../../shared/model';
import { OWN_FIXTURES, SHARED_FIXTURES, samplePath } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

// A scanned report opened in the app: its tables come from OCR (in the review worker, as in the
// app), and a finding lights its cells on the page image. Where the cells truly are is taken
// from the digital PDF the scan was made of (same pages, turned by under a degree and shifted by
// under 1.5 mm): each lit box must lie nearest the same cell there, on ink, inside one cell.
const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const SAMPLE = '002-huancui-science-2023';
const SCAN = join(SHARED_FIXTURES, 'scans', `${SAMPLE}-scan.pdf`);
const FINDING_CELLS = ['t3.total.natural', 't3.unable.no_info.natural'];
// OCR of seven pages on a loaded 2-core machine.
const READ_MS = 900_000;
const MM = 72 / 25.4;

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let digital: ReportData;
const dialogAnswers: string[][] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => dialogAnswers.shift() ?? [],
    reviewPaths: reviewPathsInWorker,
    store: new DocumentStore(),
    recent: new RecentFiles(mkdtempSync(join(tmpdir(), 'review-recent-'))),
    drops: new DropTokens(),
  });
  const [read] = checkBatch([await readReport(samplePath(SAMPLE, 'pdf'))]);
  if (!read.ok) throw new Error(read.failed.error.message);
  digital = read.doc.data;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await installApi(page, handlers);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The digital PDF's table 3 cells on a page: reference → centre in points. */
function digitalCentres(pageNo: number): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const [row, cols] of Object.entries(digital.tables.t3)) {
    for (const [col, cell] of Object.entries(cols)) {
      const a = cell.anchor;
      if (a?.kind !== 'pdf' || a.page !== pageNo || a.rects.length === 0) continue;
      const r = a.rects[0];
      out.set(`t3.${row}.${col}`, { x: r.x + r.width / 2, y: r.y + r.height / 2 });
    }
  }
  return out;
}

interface LitBox {
  page: number;
  /** The lit box in PDF points (y up), its drawing margin taken off. */
  rect: Rect;
  /** Inside the page's canvas. */
  inside: boolean;
  /** Dark pixels of the page image within the box, and the darkest row's share of dark pixels. */
  ink: number;
  fullestRow: number;
}

/** Each lit box on the page image: where it lies in points and what the image shows under it. */
async function litBoxes(): Promise<LitBox[]> {
  return page.locator('[data-testid="pdf-highlight"]').evaluateAll((els) =>
    els.map((el) => {
      const box = el as HTMLElement;
      const pageEl = box.closest('.pdf-page') as HTMLElement;
      const canvas = pageEl.querySelector('canvas') as HTMLCanvasElement;
      const scale = Number(getComputedStyle(pageEl).getPropertyValue('--total-scale-factor'));
      const pad = 3;
      const left = box.offsetLeft + pad;
      const top = box.offsetTop + pad;
      const width = box.offsetWidth - 2 * pad;
      const height = box.offsetHeight - 2 * pad;
      const heightPt = pageEl.offsetHeight / scale;
      const ratio = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const px = ctx.getImageData(Math.round(left * ratio), Math.round(top * ratio), Math.max(1, Math.round(width * ratio)), Math.max(1, Math.round(height * ratio)));
      let ink = 0;
      let fullestRow = 0;
      for (let y = 0; y < px.height; y++) {
        let dark = 0;
        for (let x = 0; x < px.width; x++) {
          const i = (y * px.width + x) * 4;
          if (px.data[i] + px.data[i + 1] + px.data[i + 2] < 3 * 110) dark++;
        }
        ink += dark;
        fullestRow = Math.max(fullestRow, dark / px.width);
      }
      return {
        page: Number(pageEl.dataset.page),
        rect: { x: left / scale, y: heightPt - (top + height) / scale, width: width / scale, height: height / scale },
        inside: left >= 0 && top >= 0 && left + width <= canvas.clientWidth && top + height <= canvas.clientHeight,
        ink,
        fullestRow,
      };
    }),
  );
}

describe('a scanned report in the app', () => {
  it(
    'reads the scan by OCR and lights a finding’s cells on the page image where the cells are',
    async () => {
      dialogAnswers.push([SCAN]);
      await page.getByTestId('open').click();
      const finding = page.locator('[data-rule="t3.outcome_sum"]').filter({ hasText: '自然人' });
      await expect.poll(() => finding.count(), { timeout: READ_MS, interval: 2000 }).toBe(1);
      await finding.click();
      await expect.poll(() => finding.getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.tables-view .cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')).sort()))
        .toEqual(FINDING_CELLS);
      await page.locator('.pdf-page canvas').first().waitFor();

      // The lit boxes (table 3 runs over two pages), each once its page is drawn.
      const lit = page.locator('[data-testid="pdf-highlight"]');
      await expect.poll(() => lit.count()).toBe(FINDING_CELLS.length);
      const boxes: LitBox[] = [];
      for (let i = 0; i < FINDING_CELLS.length; i++) {
        await lit.nth(i).scrollIntoViewIfNeeded();
        await expect.poll(async () => (await litBoxes())[i].ink, { timeout: 60_000 }).toBeGreaterThan(0);
        boxes.push((await litBoxes())[i]);
      }
      const nearest: string[] = [];
      for (const b of boxes) {
        const centres = digitalCentres(b.page);
        expect(centres.size).toBeGreaterThan(10);
        expect(b.inside).toBe(true);
        // Over the cell's digit, and within one cell: no ruling runs across the box.
        expect(b.ink).toBeGreaterThan(20);
        expect(b.fullestRow).toBeLessThan(0.6);
        const c = { x: b.rect.x + b.rect.width / 2, y: b.rect.y + b.rect.height / 2 };
        const [ref, at] = [...centres].sort(([, p], [, q]) => Math.hypot(p.x - c.x, p.y - c.y) - Math.hypot(q.x - c.x, q.y - c.y))[0];
        expect(Math.hypot(at.x - c.x, at.y - c.y)).toBeLessThan(4 * MM);
        nearest.push(ref);
      }
      expect(nearest.sort()).toEqual(FINDING_CELLS);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-scan-finding-selected.png') });
    },
    READ_MS + 120_000,
  );

  it(
    'marks the readings of a blurred table 需核对, lists them in one finding and lights them on the page',
    async () => {
      dialogAnswers.push([join(OWN_FIXTURES, 'scans', 'blurred-digits-table3.pdf')]);
      await page.getByTestId('open').click();
      const finding = page.locator('[data-rule="ocr.low_confidence"]');
      await expect.poll(() => finding.count(), { timeout: READ_MS, interval: 2000 }).toBe(1);
      const marks = page.locator('.tables-view .uncertain-mark');
      await expect.poll(() => marks.count()).toBeGreaterThan(0);
      await expect(marks.first().textContent()).resolves.toBe('需核对');
      await finding.click();
      await expect.poll(() => page.locator('.tables-view .cell-highlight').count()).toBeGreaterThanOrEqual(await marks.count());
      const lit = page.locator('[data-testid="pdf-highlight"]');
      await expect.poll(() => lit.count()).toBeGreaterThan(0);
      await lit.first().scrollIntoViewIfNeeded();
      await expect.poll(async () => (await litBoxes())[0].ink, { timeout: 60_000 }).toBeGreaterThan(0);
      for (const b of await litBoxes()) expect(b.inside).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-scan-low-confidence.png') });
    },
    READ_MS,
  );
});
