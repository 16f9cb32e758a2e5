import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { DocumentStore } from '../../main/documents/store';
import { reviewPathsInWorker } from '../../main/documents/reviewInWorker';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import { samplePath } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const SAMPLE = '002-huancui-science-2023';
const FINDING_CELLS = ['t3.unable.no_info.natural', 't3.total.natural'];

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
const dialogAnswers: string[][] = [];
const timings: Record<string, { source: number; tables: number }> = {};
const clickTimings: Record<string, number> = {};

/** Opens files through the (replaced) native dialog, as the 打开文件 button does. */
async function openViaDialog(paths: string[]): Promise<void> {
  dialogAnswers.push(paths);
  await page.getByTestId('open').click();
}

/** Time from the open request to the first paint of each pane, from the page's performance marks. */
async function paintTimes(): Promise<{ source: number; tables: number }> {
  await page.waitForFunction(() => ['paint:source', 'paint:tables'].every((m) => performance.getEntriesByName(m).length > 0), null, { timeout: 60_000 });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
    return { source: at('paint:source') - at('open:start'), tables: at('paint:tables') - at('open:start') };
  });
}

/**
 * Time from a click on a table cell to the first frame drawn with the cell lit in the tables and
 * `sourceMarks` marks in the source pane, watched in the page (not polled from here).
 */
async function clickToRepaint(cell: string, sourceMarks: string, count: number): Promise<number> {
  const done = page.evaluate(
    ({ cell, sourceMarks, count }) =>
      new Promise<number>((resolve) => {
        let clickedAt = 0;
        const ready = () =>
          clickedAt > 0 &&
          document.querySelector(`.tables-view .cell-highlight[data-cell="${cell}"]`) !== null &&
          document.querySelectorAll(sourceMarks).length === count;
        const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          finish();
        });
        document.addEventListener('click', (e) => (clickedAt = e.timeStamp), { capture: true, once: true });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    { cell, sourceMarks, count },
  );
  await page.locator(`[data-cell="${cell}"]`).click();
  return done;
}

async function selectOutcomeSumFinding(): Promise<void> {
  const finding = page.locator('[data-rule="t3.outcome_sum"]').filter({ hasText: '自然人' });
  await expect.poll(() => finding.count(), { timeout: 60_000 }).toBe(1);
  await expect(finding.textContent()).resolves.toContain('（七）总计（自然人）为1，但各办理结果之和为3');
  await finding.click();
  await expect(finding.getAttribute('aria-selected')).resolves.toBe('true');
}

async function highlightedCells(): Promise<string[]> {
  return page.locator('.tables-view .cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
}

/** The main handlers as main/index.ts composes them; the review worker pool behind them is one per process. */
const makeHandlers = () =>
  createDocumentHandlers({
    showOpenDialog: async () => dialogAnswers.shift() ?? [],
    // As main/index.ts composes it: the pipeline runs in the review worker.
    reviewPaths: reviewPathsInWorker,
    store: new DocumentStore(),
    recent: new RecentFiles(mkdtempSync(join(tmpdir(), 'review-recent-'))),
    drops: new DropTokens(),
  });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  const handlers = makeHandlers();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()));
  await installApi(page, handlers);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log('open → first paint of both panes (ms):', JSON.stringify(timings));
  console.log('click on a cell → both panes repainted (ms):', JSON.stringify(clickTimings));
  writeFileSync(join(ARTIFACTS, 'e2e-timings.json'), JSON.stringify({ open: timings, click: clickTimings }, null, 2));
});

describe('review workspace on sample 002', () => {
  it('shows the empty state in Chinese before anything is opened', async () => {
    await expect(page.getByText('打开一份政府信息公开工作年度报告').count()).resolves.toBe(1);
  });

  it('opens the .docx, highlights the 本机关不掌握 cells of the outcome-sum finding in the tables and the document', async () => {
    await openViaDialog([samplePath(SAMPLE, 'docx')]);
    await selectOutcomeSumFinding();
    timings.docx = await paintTimes();

    expect((await highlightedCells()).sort()).toEqual([...FINDING_CELLS].sort());
    await expect(page.locator('[data-cell="t3.unable.no_info.natural"]').textContent()).resolves.toBe('3');

    // The document pane highlights the same cells of the Word table, and they hold 3 and 1.
    const marked = page.locator('.document-html .anchor-highlight');
    await expect.poll(() => marked.count()).toBe(2);
    const texts = (await marked.allTextContents()).map((s) => s.trim()).sort();
    expect(texts).toEqual(['1', '3']);
    await expect(marked.first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-docx-finding-selected.png') });
  });

  it('follows a table cell click in the .docx document pane, and a document click in the tables', async () => {
    clickTimings.docx = await clickToRepaint('t3.new.natural', '.document-html .anchor-highlight', 1);
    expect(await highlightedCells()).toEqual(['t3.new.natural']);
    const marked = page.locator('.document-html .anchor-highlight');
    await expect.poll(() => marked.count()).toBe(1);
    await expect(marked.textContent()).resolves.toBe('1');
    await expect(marked.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-docx-cell-clicked.png') });

    // Clicking the Word table's cell that holds 3 selects a 本机关不掌握 cell in the tables pane.
    // (table 2 also holds a 3, earlier in the document: take the last one, in table 3.)
    await page.locator('.document-html .anchor-cell').filter({ hasText: /^3$/ }).last().click();
    const selected = await highlightedCells();
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(/^t3\.unable\.no_info\./);
    await expect(page.locator(`[data-cell="${selected[0]}"]`).textContent()).resolves.toBe('3');
  });

  it('draws table 3 of the .docx in the document pane with its merged cells (rowspan/colspan kept)', async () => {
    const td = (text: string) => page.locator('.document-html td').filter({ hasText: new RegExp(`^${text}$`) });
    const outcomes = td('三、本年度办理结果');
    await expect(outcomes.evaluate((el: HTMLTableCellElement) => [el.rowSpan, el.colSpan])).resolves.toEqual([20, 1]);
    await expect(td('（五）不予处理').evaluate((el: HTMLTableCellElement) => el.rowSpan)).resolves.toBe(5);
    await expect(td('（一）予以公开').evaluate((el: HTMLTableCellElement) => el.colSpan)).resolves.toBe(2);
    // Laid out as merged: the rows under the label start to its right, not at the table's edge.
    const label = await outcomes.boundingBox();
    const row = await td('2.重复申请').boundingBox();
    expect(label && row && row.x).toBeGreaterThan((label?.x ?? 0) + (label?.width ?? 0) - 1);
    expect(row!.y).toBeGreaterThan(label!.y);
    expect(row!.y + row!.height).toBeLessThanOrEqual(label!.y + label!.height + 1);
    await outcomes.scrollIntoViewIfNeeded();
    await page.locator('.source-pane').screenshot({ path: join(ARTIFACTS, 'e2e-docx-table3-merged.png') });
  });

  it('opens the .pdf, draws the finding over the page and follows table clicks', async () => {
    await openViaDialog([samplePath(SAMPLE, 'pdf')]);
    await expect.poll(() => page.getByTestId('report-bar').textContent(), { timeout: 60_000 }).toContain('.pdf');
    await page.getByTestId('pdf-scroll').waitFor();
    await selectOutcomeSumFinding();
    timings.pdf = await paintTimes();
    expect((await highlightedCells()).sort()).toEqual([...FINDING_CELLS].sort());

    const boxes = page.getByTestId('pdf-highlight');
    await expect.poll(() => boxes.count()).toBe(2);
    // Each drawn box covers the digit of its cell in pdf.js's own text layer.
    for (const box of await boxes.all()) {
      const b = (await box.boundingBox())!;
      expect(b.width).toBeGreaterThan(4);
      const inside = await page.evaluate((box) => {
        const spans = [...document.querySelectorAll('.textLayer span')].filter((e) => {
          const r = e.getBoundingClientRect();
          const cx = r.x + r.width / 2;
          const cy = r.y + r.height / 2;
          return r.width > 0 && cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
        });
        return spans.map((e) => e.textContent?.trim()).join('');
      }, b);
      expect(['1', '3']).toContain(inside);
      expect(b.y).toBeGreaterThan(0);
      expect(b.y).toBeLessThan(1000);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-pdf-finding-selected.png') });

    const scroll = page.getByTestId('pdf-scroll');
    const before = await scroll.evaluate((e) => e.scrollTop);
    clickTimings.pdf = await clickToRepaint('t2.regulations.made', '[data-testid="pdf-highlight"]', 1);
    await expect.poll(() => boxes.count()).toBe(1);
    await expect.poll(() => scroll.evaluate((e) => e.scrollTop)).not.toBe(before);
    const b = (await boxes.first().boundingBox())!;
    expect(b.y).toBeGreaterThan(0);
    expect(b.y).toBeLessThan(1000);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-pdf-cell-clicked.png') });

    // And the other way: a click on a cell of the page selects that cell in the tables.
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    expect(await highlightedCells()).toEqual(['t2.regulations.made']);
  });

  it('steps through findings with F8 and zooms with Ctrl+=', async () => {
    await page.keyboard.press('F8');
    await expect(page.locator('.finding[aria-selected="true"]').count()).resolves.toBe(1);
    const zoom = page.locator('.zoom-indicator');
    await expect(zoom.textContent()).resolves.toBe('100%');
    await page.keyboard.press('Control+=');
    await expect.poll(() => zoom.textContent()).toBe('110%');
    await page.keyboard.press('Control+0');
    await expect.poll(() => zoom.textContent()).toBe('100%');
  });

  it('shows a readable Chinese error for a file that is not a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-bad-'));
    const bad = join(dir, 'broken.pdf');
    writeFileSync(bad, 'this is not a pdf');
    await openViaDialog([bad]);
    const alert = page.locator('.error-panel').filter({ hasText: 'broken.pdf' });
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]{4,}/);
  });
  it.each(['pdf', 'docx'] as const)('paints both panes of the .%s opened from a fresh page (the review worker warm)', async (ext) => {
    // A new window of the app: new main-side documents, the same (warm) review worker pool.
    await page.close();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await installApi(page, makeHandlers());
    await page.goto(server.url);
    await page.getByText('打开一份政府信息公开工作年度报告').waitFor();
    await page.waitForTimeout(1000); // the app stands open a moment before a file is chosen: its idle warm-up runs
    await openViaDialog([samplePath(SAMPLE, ext)]);
    timings[`${ext} (fresh page)`] = await paintTimes();
    await expect.poll(() => page.locator('.tables-view [data-cell="t3.unable.no_info.natural"]').textContent()).toBe('3');
  });
});
