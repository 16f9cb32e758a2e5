import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { reviewPaths } from '../../main/documents/review';
import { DocumentStore } from '../../main/documents/store';
import { createExportHandlers, type SaveDialogRequest } from '../../main/export/handlers';
import { printHtmlWithBrowser } from '../../main/export/printWithBrowser';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import { samplePath } from '../helpers/fixtures';
import { readCsv } from '../unit/main/export/readCsv';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/**
 * Issues 4 and 6 end to end: the built renderer in Chromium, window.api served by the real
 * documents and review:* routes and handlers. The save dialog is replaced by a function returning
 * a path in a temporary folder, and the PDF is printed by main/export/printWithBrowser.ts from the
 * same summary HTML Electron's printToPDF would print (Electron is not available here).
 */

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const NOTE = '已与原件核对：表三总计应为3，请机关更正';
const MESSAGE = '（七）总计（自然人）为1，但各办理结果之和为3';

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let work: string;
const dialogs: SaveDialogRequest[] = [];
const savePaths: Array<string | null> = [];
let openPaths: string[] = [];

beforeAll(async () => {
  server = await serveFolder(buildRenderer());
  work = mkdtempSync(join(tmpdir(), 'export-e2e-'));
  const store = new DocumentStore();
  const documents = createDocumentHandlers({
    showOpenDialog: async () => openPaths,
    reviewPaths,
    store,
    recent: new RecentFiles(join(work, 'userData')),
    drops: new DropTokens(),
  });
  const exports = createExportHandlers({
    store,
    showSaveDialog: async (request) => {
      dialogs.push(request);
      return savePaths.shift() ?? null;
    },
    printToPdf: (html) => printHtmlWithBrowser(html, '/usr/bin/chromium'),
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await installApi(page, documents, exports);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('exporting sample 002 from the app', () => {
  it('disables export until a report is open', async () => {
    await expect(page.getByTestId('export-pdf').isDisabled()).resolves.toBe(true);
    await page.getByTestId('toolbar-more').click();
    await expect(page.getByTestId('export-csv').isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
  });

  it('prints the review PDF with the status and note set in the app, and shows only the file name', async () => {
    openPaths = [samplePath('002-huancui-science-2023', 'docx')];
    await page.getByTestId('open').click();
    const finding = page.locator('li[data-rule="t3.outcome_sum"]').filter({ hasText: '自然人' });
    await finding.waitFor({ timeout: 60_000 });
    await expect(finding.textContent()).resolves.toContain(MESSAGE);

    await finding.getByRole('combobox', { name: '核查状态' }).selectOption('confirmed');
    await expect.poll(() => finding.getByRole('combobox', { name: '核查状态' }).inputValue()).toBe('confirmed');
    await finding.getByRole('button', { name: '添加批注' }).click();
    const notes = page.locator('aside.notes-panel');
    await notes.getByRole('textbox', { name: '批注内容' }).fill(NOTE);
    await notes.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual([NOTE]);

    const pdfPath = join(work, 'out', '审阅报告.pdf');
    mkdirSync(join(work, 'out'), { recursive: true });
    savePaths.push(pdfPath);
    await page.getByTestId('export-pdf').click();
    const status = page.getByTestId('export-status');
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain('已导出：审阅报告.pdf');
    // The renderer is told the file name, never the folder it went to.
    expect(await status.textContent()).not.toContain(work);
    expect(dialogs.at(-1)).toMatchObject({ title: '导出审阅报告（PDF）', defaultName: '威海市环翠区科学技术局2023年度-审阅报告.pdf' });

    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(MESSAGE);
    expect(text).toContain('审阅状态：已确认问题');
    expect(text).toContain(NOTE);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-export-pdf-done.png') });
  });

  it('exports the data as CSV through the app, with 本机关不掌握 (自然人) = 3 of sample 002', async () => {
    const csvPath = join(work, 'out', '数据.csv');
    savePaths.push(csvPath);
    await page.getByTestId('toolbar-more').click();
    await page.getByTestId('export-csv').click();
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 30_000 }).toContain('已导出：数据.csv');
    expect(dialogs.at(-1)).toMatchObject({ defaultName: '威海市环翠区科学技术局2023年度-数据.csv' });
    const [header, row, ...rest] = readCsv(readFileSync(csvPath, 'utf8'));
    expect(rest).toEqual([]);
    const value = (key: string) => row[header.indexOf(key)];
    expect(header).toContain('t3.unable.no_info.natural');
    expect(value('t3.unable.no_info.natural')).toBe('3');
    expect(value('t3.total.natural')).toBe('1');
  });

  it('says 已取消导出 and writes nothing when the save dialog is cancelled (Ctrl+E)', async () => {
    const before = dialogs.length;
    const files = readdirSync(join(work, 'out')).sort();
    savePaths.push(null);
    await page.locator('.tables-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+E');
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 30_000 }).toContain('已取消导出');
    expect(dialogs.length).toBe(before + 1);
    expect(dialogs.at(-1)).toMatchObject({ title: '导出审阅报告（PDF）' });
    expect(readdirSync(join(work, 'out')).sort()).toEqual(files);
  });
});
