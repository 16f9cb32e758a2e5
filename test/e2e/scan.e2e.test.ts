import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBatch, readReport } from '../../main/documents/review';
import type { ReportData } from '../../shared/model';
import { OWN_FIXTURES, SHARED_FIXTURES, expectedOf, samplePath } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

// A scanned report opened in the app: its tables come from OCR (in the review worker, as in the
// app), and a finding lights its cells on the page image. Where each cell truly is on the image is
// found independently of the OCR: the digital PDF the scan was made of gives the spot of the
// cell's number (the scan is the same page turned by under a degree and shifted by under 1.5 mm,
// far less than half a cell), and the ruling lines around that spot are looked for in the page
// image as the app draws it. The lit box must lie inside that ruled cell, and in the pane's view.
const SAMPLE = '002-huancui-science-2023';
const SCAN = join(SHARED_FIXTURES, 'scans', `${SAMPLE}-scan.pdf`);
const FINDING_CELLS = ['t3.total.natural', 't3.unable.no_info.natural'];
// OCR of seven pages on a loaded 2-core machine.
const READ_MS = 900_000;
/** The margin PdfPage draws around a lit box, CSS pixels. */
const PAD = 3;

let app: E2eApp;
let page: Page;
let digital: ReportData;

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  const [read] = checkBatch([await readReport(samplePath(SAMPLE, 'pdf'))]);
  if (!read.ok) throw new Error(read.failed.error.message);
  digital = read.doc.data;
});

afterAll(() => app?.close());

/** Where the digital PDF prints a cell's number: page and centre in points (y up). */
function digitalSpot(ref: string): { page: number; x: number; y: number } {
  const [table, ...rest] = ref.split('.');
  const col = rest.pop() as string;
  const cell = (digital.tables as unknown as Record<string, Record<string, Record<string, ReportData['tables']['t3'][string][string]>>>)[table][rest.join('.')][col];
  const a = cell.anchor;
  if (a?.kind !== 'pdf' || a.rects.length === 0) throw new Error(`no anchor for ${ref} in the digital PDF`);
  const r = a.rects[0];
  return { page: a.page, x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Placed {
  /** Lit boxes on the page (their drawing margin taken off), CSS pixels of the page box. */
  lit: Box[];
  /** The ruled cell around the spot on the drawn page image (the ruling lines' rows and columns). */
  cell: Box;
  /** The spot in CSS pixels of the page box. */
  spot: { x: number; y: number };
  /** CSS pixels per point. */
  scale: number;
  /** Whether the page's canvas is drawn at the current zoom. */
  drawn: boolean;
}

/**
 * The lit boxes of a page and the ruled cell around a spot (points, y up) on the page image as
 * drawn: from the spot, up and down to the first row that is ink across 18 pt (wider than any
 * number in a cell), then left and right to the first column that is ink along the cell's whole
 * height (taller than its number).
 */
async function placeOnPage(pageNo: number, spot: { x: number; y: number }): Promise<Placed> {
  return page.evaluate(
    ([pageNo, sx, sy, pad]) => {
      const pageEl = document.querySelector(`.pdf-page[data-page="${pageNo}"]`) as HTMLElement;
      const canvas = pageEl.querySelector('canvas') as HTMLCanvasElement;
      const scale = Number(getComputedStyle(pageEl).getPropertyValue('--total-scale-factor'));
      const ex = sx * scale;
      const ey = pageEl.offsetHeight - sy * scale;
      const lit = [...pageEl.querySelectorAll<HTMLElement>('[data-testid="pdf-highlight"]')].map((b) => ({
        left: b.offsetLeft + pad,
        top: b.offsetTop + pad,
        right: b.offsetLeft + b.offsetWidth - pad,
        bottom: b.offsetTop + b.offsetHeight - pad,
      }));
      const drawn = pageEl.dataset.drawn === 'true';
      const ratio = canvas.width / canvas.clientWidth;
      const { data, width } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
      const lum = (x: number, y: number): number => {
        const i = (Math.round(y * ratio) * width + Math.round(x * ratio)) * 4;
        return (data[i] + data[i + 1] + data[i + 2]) / 3;
      };
      // The paper's tone around the spot (most of a table is paper), and ink clearly darker.
      const around: number[] = [];
      for (let y = ey - 40 * scale; y < ey + 40 * scale; y += 2) for (let x = ex - 40 * scale; x < ex + 40 * scale; x += 2) around.push(lum(x, y));
      around.sort((a, b) => a - b);
      const paper = around[Math.floor(around.length * 0.75)];
      const inkShare = (points: Array<[number, number]>): number => points.filter(([x, y]) => lum(x, y) < paper - 30).length / points.length;
      const row = (y: number, x0: number, x1: number): number => inkShare(Array.from({ length: Math.round(x1 - x0) + 1 }, (_, i) => [x0 + i, y]));
      const col = (x: number, y0: number, y1: number): number => inkShare(Array.from({ length: Math.round(y1 - y0) + 1 }, (_, i) => [x, y0 + i]));
      const half = 9 * scale;
      let top = ey;
      while (top > ey - 80 * scale && row(top, ex - half, ex + half) < 0.75) top--;
      let bottom = ey;
      while (bottom < ey + 80 * scale && row(bottom, ex - half, ex + half) < 0.75) bottom++;
      let left = ex;
      while (left > ex - 150 * scale && col(left, top + 2, bottom - 2) < 0.75) left--;
      let right = ex;
      while (right < ex + 150 * scale && col(right, top + 2, bottom - 2) < 0.75) right++;
      return { lit, cell: { left, top, right, bottom }, spot: { x: ex, y: ey }, scale, drawn };
    },
    [pageNo, spot.x, spot.y, PAD] as const,
  );
}

/** A plausible table cell: 10–60 pt high, 15–200 pt wide. */
function isCell(p: Placed): boolean {
  const h = (p.cell.bottom - p.cell.top) / p.scale;
  const w = (p.cell.right - p.cell.left) / p.scale;
  return p.drawn && h >= 10 && h <= 60 && w >= 15 && w <= 200;
}

const inside = (b: Box, c: Box): boolean => b.left >= c.left && b.right <= c.right && b.top >= c.top && b.bottom <= c.bottom;

/** The lit boxes in viewport pixels, each with whether it lies wholly in the source pane's visible area. */
async function litInView(): Promise<boolean[]> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="pdf-scroll"]') as HTMLElement;
    const s = scroller.getBoundingClientRect();
    const view = { left: s.left + scroller.clientLeft, top: s.top + scroller.clientTop };
    const pane = { ...view, right: view.left + scroller.clientWidth, bottom: view.top + scroller.clientHeight };
    return [...scroller.querySelectorAll('[data-testid="pdf-highlight"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
    });
  });
}

/** Zooms the source pane in until it shows `percent` (100: fitted to the pane's width). */
async function zoomTo(percent: number): Promise<void> {
  const indicator = page.locator('.zoom-indicator');
  if (percent === 100) await page.getByTestId('fit-width').click();
  for (let i = 0; i < 12 && !(await indicator.textContent())?.includes(`${percent}%`); i++) await page.getByTestId('zoom-in').click();
  await expect.poll(() => indicator.textContent()).toContain(`${percent}%`);
}

/** Opens a file and waits, while OCR reads it, until the finding `rule` (with `text`) shows once; answers it. */
async function openUntilFinding(path: string, rule: string, text?: string): Promise<Locator> {
  app.answerOpenDialog([path]);
  await page.getByTestId('open').click();
  const finding = page.locator(`[data-rule="${rule}"]`).filter(text ? { hasText: text } : {});
  await expect.poll(() => finding.count(), { timeout: READ_MS, interval: 2000 }).toBe(1);
  return finding;
}

/**
 * At 200 % the rulings are plain to see: each cell's lit box lies inside its ruled cell on the
 * page image, one box per page, and shows in the pane.
 */
async function expectLitInRuledCells(spots: Array<{ ref: string; page: number; x: number; y: number }>, screenshot: string): Promise<void> {
  await zoomTo(200);
  for (const s of spots) {
    await page.locator(`.pdf-page[data-page="${s.page}"] [data-testid="pdf-highlight"]`).scrollIntoViewIfNeeded();
    await expect.poll(async () => isCell(await placeOnPage(s.page, s)), { timeout: 60_000 }).toBe(true);
    const placed = await placeOnPage(s.page, s);
    expect(placed.lit).toHaveLength(1);
    expect(inside(placed.lit[0], placed.cell), `${s.ref}: ${JSON.stringify(placed)}`).toBe(true);
    await expect.poll(() => litInView()).toContain(true);
  }
  await page.screenshot({ path: join(ARTIFACTS, screenshot) });
  await zoomTo(100);
}

describe('a scanned report in the app', () => {
  it(
    'reads the scan by OCR and lights a finding’s cells on the page image, each inside its ruled cell',
    async () => {
      const finding = await openUntilFinding(SCAN, 't3.outcome_sum', '自然人');
      await finding.click();
      await expect.poll(() => finding.getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.tables-view .cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')).sort()))
        .toEqual(FINDING_CELLS);
      // The tables pane says how they were read.
      await expect.poll(() => page.getByTestId('read-notes').textContent()).toContain('第 1–7 页是扫描图像，已用文字识别（OCR）读取');

      // Table 3 runs over pages 4 and 5: the pane scrolls to the finding and both lit boxes show.
      const spots = FINDING_CELLS.map((ref) => ({ ref, ...digitalSpot(ref) }));
      expect(new Set(spots.map((s) => s.page)).size).toBe(2);
      await expect.poll(() => litInView(), { timeout: 60_000 }).toEqual([true, true]);
      for (const s of spots) await expect.poll(() => page.locator(`.pdf-page[data-page="${s.page}"]`).getAttribute('data-drawn'), { timeout: 60_000 }).toBe('true');
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-scan-finding-selected.png') });

      await expectLitInRuledCells(spots, 'e2e-scan-finding-zoomed.png');
    },
    READ_MS + 180_000,
  );

  it(
    'shows pages scanned sideways or upside down upright, and lights the finding’s cells on them',
    async () => {
      // Pages 4 (sideways) and 5 (upside down) hold table 3 (test/fixtures/scans/make-turned.sh).
      const finding = await openUntilFinding(join(OWN_FIXTURES, 'scans', 'turned-pages-002.pdf'), 't3.outcome_sum', '自然人');
      await expect.poll(() => page.getByTestId('read-notes').textContent()).toContain('第 4–7 页扫描时是横放或倒放的，已转正后识别');
      await finding.click();
      await expect.poll(() => finding.getAttribute('aria-selected')).toBe('true');
      // Every page shows upright, portrait as printed; the spots of the upright digital page hold.
      for (const n of [1, 4, 5, 6, 7]) {
        const box = (await page.locator(`.pdf-page[data-page="${n}"]`).boundingBox())!;
        expect(box.height, `page ${n}`).toBeGreaterThan(box.width);
      }
      await expect.poll(() => litInView(), { timeout: 60_000 }).toContain(true);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-scan-turned-finding-selected.png') });
      await expectLitInRuledCells(
        FINDING_CELLS.map((ref) => ({ ref, ...digitalSpot(ref) })),
        'e2e-scan-turned-finding-zoomed.png',
      );
    },
    READ_MS + 180_000,
  );

  it(
    'marks the readings of a blurred table 需核对, never shows a wrong number as sure, and lights them on the page',
    async () => {
      // Page 4 of the same scan, its value columns blurred past reading (test/fixtures/README.md).
      const finding = await openUntilFinding(join(OWN_FIXTURES, 'scans', 'blurred-digits-table3.pdf'), 'ocr.low_confidence');
      const marked = page.locator('.tables-view td[data-cell]:has(.uncertain-mark)');
      await expect.poll(() => marked.count()).toBeGreaterThan(0);
      await expect(marked.first().locator('.uncertain-mark').textContent()).resolves.toBe('需核对');

      // Every number of table 3 shown is the truth or carries the mark.
      const truth = expectedOf(SAMPLE).tables.t3;
      const shown = await page
        .locator('.tables-view td[data-cell^="t3."]')
        .evaluateAll((els) =>
          els.map((e) => ({ ref: e.getAttribute('data-cell') as string, text: e.firstChild?.textContent ?? '', marked: e.querySelector('.uncertain-mark') !== null })),
        );
      const wrongAndSure = shown.filter(({ ref, text, marked }) => {
        const [, ...rest] = ref.split('.');
        const col = rest.pop() as string;
        return /^\d+$/.test(text) && Number(text) !== truth[rest.join('.')]?.[col] && !marked;
      });
      expect(shown.length).toBeGreaterThan(50);
      expect(wrongAndSure).toEqual([]);

      // Selecting the finding lights the marked cells in the tables pane and on the page image,
      // in the pane's view; each box lies on its cell's ruled row and reaches into its cell (where
      // the blur hid the rulings between a row's values, the reader took the row as one cell).
      await finding.click();
      const refs = await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') as string));
      await expect
        .poll(() => page.locator('.tables-view .cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')).sort()))
        .toEqual([...refs].sort());
      await expect.poll(() => litInView(), { timeout: 60_000 }).toEqual(refs.map(() => true));
      await expect.poll(() => page.locator('.pdf-page[data-page="1"]').getAttribute('data-drawn'), { timeout: 60_000 }).toBe('true');
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-scan-low-confidence.png') });
      await zoomTo(200);
      for (const ref of refs) {
        // The fixture is page 4 of the scan on a page of its own.
        const spot = digitalSpot(ref);
        expect(spot.page).toBe(4);
        await expect.poll(async () => isCell(await placeOnPage(1, spot)), { timeout: 60_000 }).toBe(true);
        const { lit, cell } = await placeOnPage(1, spot);
        const mine = lit.filter((b) => b.top >= cell.top && b.bottom <= cell.bottom && b.left < cell.right && b.right > cell.left);
        expect(mine, `${ref}: ${JSON.stringify({ lit, cell })}`).toHaveLength(1);
      }
      await zoomTo(100);
    },
    READ_MS,
  );
});
