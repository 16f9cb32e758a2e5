import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { DocumentStore } from '../../main/documents/store';
import { reviewPathsInWorker } from '../../main/documents/reviewInWorker';
import { createDocumentHandlers, type DocumentHandlers } from '../../main/ipc/handlers';
import { samplePath } from '../helpers/fixtures';
import { installApi, type ApiBridge } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const SAMPLE = '002-huancui-science-2023';
const SCREENS = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1024x700', width: 1024, height: 700, scale: 1 },
  { name: '1280x720@1.5', width: 1280, height: 720, scale: 1.5 },
];

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let handlers: DocumentHandlers;
const dialogAnswers: string[][] = [];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle of a scroller that shows content (its client area), in viewport pixels. */
async function visibleRect(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + el.clientLeft, y: r.y + el.clientTop, width: el.clientWidth, height: el.clientHeight };
  });
}

const inside = (b: Box, pane: Box) => b.x >= pane.x - 1 && b.y >= pane.y - 1 && b.x + b.width <= pane.x + pane.width + 1 && b.y + b.height <= pane.y + pane.height + 1;

/** Every lit box of a pane lies in the pane's visible rect; when they cannot all fit, the first does. */
async function expectLitInside(page: Page, litSelector: string, paneSelector: string): Promise<number> {
  const pane = await visibleRect(page, paneSelector);
  const boxes = await page.locator(litSelector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  if (boxes.length === 0) return 0;
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const fits = bottom - top <= pane.height * 0.8;
  const checked = fits ? boxes : [boxes.sort((a, b) => a.y - b.y)[0]];
  for (const b of checked) expect(inside(b, pane), `${litSelector} ${JSON.stringify(b)} in ${paneSelector} ${JSON.stringify(pane)}`).toBe(true);
  return boxes.length;
}

/** The toolbar is one row: every item starts on the same line and the bar is no taller than one. */
async function expectToolbarOneRow(page: Page): Promise<void> {
  const rows = await page.locator('header.toolbar').evaluate((bar) => {
    const tops = [...bar.children]
      .filter((c) => (c as HTMLElement).offsetWidth > 0)
      .map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2));
    return { centers: [...new Set(tops)], height: bar.getBoundingClientRect().height, overflow: bar.scrollWidth - bar.clientWidth };
  });
  expect(Math.max(...rows.centers) - Math.min(...rows.centers)).toBeLessThanOrEqual(2);
  expect(rows.height).toBeLessThan(48);
  expect(rows.overflow).toBeLessThanOrEqual(0);
}

async function expectNoWindowScroll(page: Page): Promise<void> {
  const s = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY, body: document.body.scrollTop, root: document.documentElement.scrollTop }));
  expect(s).toEqual({ x: 0, y: 0, body: 0, root: 0 });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  handlers = createDocumentHandlers({
    showOpenDialog: async () => dialogAnswers.shift() ?? [],
    reviewPaths: reviewPathsInWorker,
    store: new DocumentStore(),
    recent: new RecentFiles(mkdtempSync(join(tmpdir(), 'review-recent-'))),
    drops: new DropTokens(),
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(SCREENS)('layout at $name', (screen) => {
  let page: Page;
  let bridge: ApiBridge;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    bridge = await installApi(page, handlers);
    await page.goto(server.url);
  });

  it.each(['docx', 'pdf'] as const)(
    'opens the %s of sample 002 and selects every finding: the window never scrolls, the toolbar is one row, the lit boxes are in their panes',
    async (ext) => {
      dialogAnswers.push([samplePath(SAMPLE, ext)]);
      await page.getByTestId('open').click();
      await expect.poll(() => page.getByTestId('report-bar').textContent(), { timeout: 60_000 }).toContain(`.${ext}`);
      const findings = page.locator('li.finding');
      await expect.poll(() => findings.count(), { timeout: 60_000 }).toBeGreaterThan(0);
      const sourceLit = ext === 'pdf' ? '[data-testid="pdf-highlight"]' : '.document-html .anchor-highlight';
      const sourcePane = ext === 'pdf' ? '[data-testid="pdf-scroll"]' : '[data-testid="html-view"]';
      if (ext === 'pdf') await page.locator('.pdf-page canvas').first().waitFor();
      await expectNoWindowScroll(page);
      await expectToolbarOneRow(page);

      const n = await findings.count();
      let litInSource = 0;
      for (let i = 0; i < n; i++) {
        await findings.nth(i).locator('.finding-message').click();
        await expect.poll(() => findings.nth(i).getAttribute('aria-selected')).toBe('true');
        const cells = await page.locator('.tables-view .cell-highlight').count();
        // Scrolling follows in an effect after the paint: give it the frames it needs, then measure.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await expectNoWindowScroll(page);
        await expectToolbarOneRow(page);
        if (cells > 0) {
          await expect.poll(() => page.locator(sourceLit).count(), { timeout: 10_000 }).toBeGreaterThan(0);
          await expect.poll(async () => (await expectLitInside(page, '.tables-view .cell-highlight', '[data-testid="tables-view"]')) > 0).toBe(true);
          litInSource += await expectLitInside(page, sourceLit, sourcePane);
        }
        await page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${screen.name}-${ext}-finding${i + 1}.png`) });
      }
      expect(litInSource).toBeGreaterThan(0);
      // Clicking a cell in the tables also leaves the window where it is.
      await page.locator('[data-cell="t2.regulations.made"]').click();
      await expectNoWindowScroll(page);
      await expectLitInside(page, sourceLit, sourcePane);
    },
  );

  it('zooms the PDF with the buttons, jumps to a typed page, and keeps the lit box in the pane', async () => {
    dialogAnswers.push([samplePath(SAMPLE, 'pdf')]);
    await page.getByTestId('open').click();
    // The PDF is open already, so the bar names it at once: wait for this open to be answered
    // (the file is read again, and its review loaded afresh).
    await expect.poll(() => dialogAnswers.length).toBe(0);
    await bridge.idle();
    await expect.poll(() => page.getByTestId('report-bar').textContent(), { timeout: 60_000 }).toContain('.pdf');
    await page.getByTestId('pdf-scroll').waitFor();
    await expectToolbarOneRow(page);
    // Every control of the PDF header is inside the pane (none clipped away at the right).
    const pane = (await page.locator('.source-pane').boundingBox())!;
    for (const id of ['fit-page', 'turn-page']) {
      const control = (await page.getByTestId(id).boundingBox())!;
      expect(control.x + control.width, id).toBeLessThanOrEqual(pane.x + pane.width + 1);
    }

    const zoom = page.locator('.source-pane .zoom-indicator');
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await expect.poll(() => zoom.textContent()).toBe('125%');
    await page.locator('li.finding').first().locator('.finding-message').click();
    await expect.poll(() => page.locator('[data-testid="pdf-highlight"]').count()).toBeGreaterThan(0);
    // At 125 % the page is wider than the pane: the view followed sideways too.
    await expect.poll(() => expectLitInside(page, '[data-testid="pdf-highlight"]', '[data-testid="pdf-scroll"]')).toBeGreaterThan(0);
    await expectNoWindowScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${screen.name}-pdf-zoom125.png`) });

    // Fit page: the whole current page shows (at a narrow pane, fit width already does that).
    await page.getByTestId('fit-page').click();
    await expect.poll(async () => Number.parseInt((await zoom.textContent()) ?? '999', 10)).toBeLessThanOrEqual(100);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const current = await page.getByTestId('page-input').inputValue();
    const whole = await page.locator(`.pdf-page[data-page="${current}"]`).boundingBox();
    const view = await visibleRect(page, '[data-testid="pdf-scroll"]');
    expect(whole!.height).toBeLessThanOrEqual(view.height + 1);

    await page.getByTestId('page-input').fill('2');
    await page.getByTestId('page-input').press('Enter');
    await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe('2');
    await page.getByTestId('fit-width').click();
    await expect.poll(() => zoom.textContent()).toBe('100%');

    // 旋转 turns the current page a quarter (a wide table set sideways), keeps it in view, and four
    // turns put it back.
    await page.getByTestId('page-input').fill('2');
    await page.getByTestId('page-input').press('Enter');
    await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe('2');
    const second = page.locator('.pdf-page[data-page="2"]');
    const lies = async () => {
      const b = (await second.boundingBox())!;
      return b.width > b.height ? 'across' : 'upright';
    };
    expect(await lies()).toBe('upright');
    await page.getByTestId('turn-page').click();
    await expect.poll(lies).toBe('across');
    await page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${screen.name}-pdf-turned.png`) });
    await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe('2');
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe('2');
      await page.getByTestId('turn-page').click();
    }
    await expect.poll(lies).toBe('upright');
    await expectToolbarOneRow(page);
  });

  it('resizes the panes with the bars, remembers the sizes after a reload, and collapses the side pane', async () => {
    const tables = page.locator('.tables-pane');
    const before = (await tables.boundingBox())!;
    const bar = (await page.getByTestId('splitter-source').boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 200);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2 - 80, bar.y + 200, { steps: 4 });
    await page.mouse.up();
    const after = (await tables.boundingBox())!;
    expect(after.width).toBeGreaterThan(before.width + 60);

    await page.getByTestId('side-toggle').click();
    await expect.poll(async () => (await page.locator('.side-pane').boundingBox())!.width).toBeLessThan(40);
    await expectNoWindowScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${screen.name}-side-collapsed.png`) });

    await page.reload();
    await page.getByTestId('open').waitFor();
    // The remembered sizes apply before any report is open again.
    dialogAnswers.push([samplePath(SAMPLE, 'docx')]);
    await page.getByTestId('open').click();
    await page.locator('.tables-pane').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await page.locator('.side-pane').boundingBox())!.width).toBeLessThan(40);
    await page.getByTestId('side-toggle').click();
    await expect.poll(async () => (await page.locator('.side-pane').boundingBox())!.width).toBeGreaterThan(200);
    await expectToolbarOneRow(page);
  });

  it('puts the data exports in the toolbar’s overflow menu', async () => {
    await page.getByTestId('toolbar-more').click();
    await expect(page.getByRole('menuitem', { name: '导出数据（CSV）' }).count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
  });
});
