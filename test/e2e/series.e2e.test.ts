import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, IpcResult } from '../../shared/ipc/contract';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { reviewPaths } from '../../main/documents/review';
import { DocumentStore } from '../../main/documents/store';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import { createExportHandlers } from '../../main/export/handlers';
import { printHtmlWithBrowser } from '../../main/export/printWithBrowser';
import { OWN_FIXTURES, SHARED_FIXTURES } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/**
 * 历年对照 end to end: a folder with two years of 济宁市科学技术局 (test/fixtures/cross-year: 2021's
 * 二、上年结转 claims 2 for 自然人 and 总计 where 2020 carried nothing forward) and a report of another
 * body; the list offers 历年 on the two, the view shows the years side by side with the
 * carry-over pair lit, and a figure opens its report at that cell — by mouse and by keyboard.
 */

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let work: string;
let opened: DocumentSummary[] = [];
const savePaths: string[] = [];

const idOf = (name: string) => opened.find((d) => d.name === name)!.id;
const figure = (report: string, cell: string) => page.locator(`[data-testid="series-cell"][data-report="${idOf(report)}"][data-cell="${cell}"]`);

/** The lit cells of the view, as `file cell`. */
async function litCells(): Promise<string[]> {
  const lit = await page
    .locator('.series-cell.carry-over button')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-report')} ${e.getAttribute('data-cell')}`));
  return lit.map((l) => l.replace(/^\S+/, (id) => opened.find((d) => d.id === id)?.name ?? id)).sort();
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  work = mkdtempSync(join(tmpdir(), 'series-e2e-'));
  const folder = join(work, '年报');
  mkdirSync(folder);
  for (const name of ['jining-science-2020.txt', 'jining-science-2021.txt']) copyFileSync(join(OWN_FIXTURES, 'cross-year', name), join(folder, name));
  copyFileSync(join(SHARED_FIXTURES, '000-weihai-science-2020.txt'), join(folder, '000-weihai-science-2020.txt'));
  const store = new DocumentStore();
  const documents = createDocumentHandlers({
    showOpenDialog: async () => [],
    showFolderDialog: async () => folder,
    reviewPaths,
    store,
    recent: new RecentFiles(join(work, 'userData')),
    drops: new DropTokens(),
  });
  const openFolderHandler = documents.openFolder;
  documents.openFolder = async (ctx) => {
    const result: IpcResult<DocumentSummary[]> = await openFolderHandler(ctx);
    if (result.ok) opened = result.value;
    return result;
  };
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  const exports = createExportHandlers({
    store,
    showSaveDialog: async () => savePaths.shift() ?? null,
    printToPdf: (html) => printHtmlWithBrowser(html, '/usr/bin/chromium'),
  });
  await installApi(page, documents, exports);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('历年对照: one body across years', () => {
  it('offers 历年 on the reports of a body with two years, not on a body with one', async () => {
    await page.getByTestId('open-folder').click();
    await expect.poll(() => page.getByTestId('batch-counts').textContent(), { timeout: 60_000 }).toContain('共 3 份');
    await expect.poll(() => opened.length).toBe(3);
    const row = (name: string) => page.locator(`[data-testid="batch-row"][data-id="${idOf(name)}"]`);
    await expect.poll(() => row('jining-science-2021.txt').getByTestId('series-button').count()).toBe(1);
    await expect.poll(() => row('jining-science-2020.txt').getByTestId('series-button').count()).toBe(1);
    expect(await row('000-weihai-science-2020.txt').getByTestId('series-button').count()).toBe(0);
  });

  it('shows the years side by side with the carry-over pair lit, and a figure opens its report at that cell', async () => {
    await page
      .locator(`[data-testid="batch-row"][data-id="${idOf('jining-science-2021.txt')}"]`)
      .getByTestId('series-button')
      .click();
    await page.getByTestId('series-table').waitFor();
    expect(await page.getByTestId('series-column').allTextContents()).toEqual(['2020年度', '2021年度']);
    expect(await page.locator('.series-title').textContent()).toBe('历年对照：济宁市科学技术局（2020—2021年度）');
    await expect.poll(() => figure('jining-science-2021.txt', 't3.carried_over.natural').textContent()).toBe('2');
    expect(await figure('jining-science-2020.txt', 't3.carried_forward.natural').textContent()).toBe('0');
    expect(await figure('jining-science-2020.txt', 't3.new.research').textContent()).toBe('1');
    expect(await figure('jining-science-2020.txt', 't2.normative.made').textContent()).toBe('6');
    expect(await figure('jining-science-2021.txt', 't4.review.total').textContent()).toBe('0');
    expect(await litCells()).toEqual([
      'jining-science-2020.txt t3.carried_forward.natural',
      'jining-science-2020.txt t3.carried_forward.total',
      'jining-science-2021.txt t3.carried_over.natural',
      'jining-science-2021.txt t3.carried_over.total',
    ]);
    expect(await page.getByTestId('series-pairs').textContent()).toBe('跨年度结转不一致 2 处（已在表中标出）');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-series-1366.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-series-1024.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    await figure('jining-science-2021.txt', 't3.carried_over.natural').click();
    await page.getByTestId('report-bar').waitFor();
    const tables = page.getByTestId('tables-view');
    await expect
      .poll(() => tables.locator('td.cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell'))), { timeout: 30_000 })
      .toEqual(['t3.carried_over.natural']);
    // The tables pane has gone to the cell (not back to where the report was left).
    const inView = () =>
      tables.evaluate((pane) => {
        const cell = pane.querySelector('td[data-cell="t3.carried_over.natural"]')!.getBoundingClientRect();
        const box = pane.getBoundingClientRect();
        return cell.top >= box.top && cell.bottom <= box.bottom;
      });
    await expect.poll(inView).toBe(true);
    // The cell is flagged by the carry-over finding in the report too.
    expect(await tables.locator('td[data-cell="t3.carried_over.natural"]').getAttribute('class')).toContain('flag-error');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-series-opened.png') });

    // Closing the report comes back to the series; Esc there goes back to the list.
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('series-view').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('series-view').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="batch-row"]').count()).toBe(3);
  });

  it('works from the keyboard: Alt+Y on a row, arrows between figures, Enter opens the report at the cell', async () => {
    await page.locator('.batch-body').focus();
    await page.keyboard.press('Home');
    // Find the 2020 row by moving down the list.
    for (let i = 0; i < 3; i++) {
      const focused = await page.locator('.batch-row.focused').getAttribute('data-id');
      if (focused === idOf('jining-science-2020.txt')) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => page.locator('.batch-row.focused').getAttribute('data-id')).toBe(idOf('jining-science-2020.txt'));
    await page.keyboard.press('Alt+y');
    await page.getByTestId('series-table').waitFor();
    // The first figure (一、本年新收 自然人, 2020) has the focus; → is 2021, ↓ walks the rows.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('t3.new.natural');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => [document.activeElement?.getAttribute('data-report'), document.activeElement?.getAttribute('data-cell')]);
    expect(focused).toEqual([idOf('jining-science-2021.txt'), 't3.carried_over.natural']);
    await page.keyboard.press('Enter');
    await page.getByTestId('report-bar').waitFor();
    await expect.poll(() => page.getByTestId('tables-view').locator('td.cell-highlight').getAttribute('data-cell'), { timeout: 30_000 }).toBe('t3.carried_over.natural');
    // Esc peels one layer per press: the selected cell first, then the report (back to the series),
    // then the series (back to the list).
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('tables-view').locator('td.cell-highlight').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('series-view').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('series-view').count()).toBe(0);
  });

  it('asks 审阅单位 and 审阅人 once before the batch’s PDF, keeps them, and prints them on the cover', async () => {
    const cover = async (name: string) => {
      const path = join(work, name);
      savePaths.push(path);
      await page.getByTestId('export-pdf').click();
      return path;
    };
    const coverText = (path: string) => {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-l', '1', path, '-'], { encoding: 'utf8' });
      return text.replace(/[ \t]+/g, ' ');
    };
    await page.getByTestId('export-scope').selectOption('batch');
    const first = await cover('批次一.pdf');
    const dialog = page.getByTestId('cover-dialog');
    await dialog.waitFor();
    await page.getByTestId('cover-unit').fill('济宁市人民政府办公室政务公开科');
    await page.getByTestId('cover-reviewer').fill('赵审阅');
    await page.getByTestId('cover-save').click();
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 60_000 }).toContain('已导出：批次一.pdf');
    const text = coverText(first);
    expect(text).toMatch(/审阅单位\s*济宁市人民政府办公室政务公开科/);
    expect(text).toMatch(/审阅人\s*赵审阅/);

    // Kept: after a reload the next batch export asks nothing and prints the same cover.
    await page.reload();
    await page.getByTestId('open-folder').click();
    await expect.poll(() => page.getByTestId('batch-counts').textContent(), { timeout: 60_000 }).toContain('共 3 份');
    await page.getByTestId('export-scope').selectOption('batch');
    const second = await cover('批次二.pdf');
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 60_000 }).toContain('已导出：批次二.pdf');
    expect(await dialog.count()).toBe(0);
    expect(coverText(second)).toMatch(/审阅单位\s*济宁市人民政府办公室政务公开科/);
  });
});
