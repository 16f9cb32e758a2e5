import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, IpcResult } from '../../shared/ipc/contract';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { DocumentStore } from '../../main/documents/store';
import { reviewPathsInWorker } from '../../main/documents/reviewInWorker';
import { createExportHandlers } from '../../main/export/handlers';
import { printHtmlWithBrowser } from '../../main/export/printWithBrowser';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import { OWN_FIXTURES, SHARED_FIXTURES, expectedOf, sampleNames } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/**
 * Issue 10 end to end: 打开文件夹 on a folder holding every file of ../shared/fixtures and
 * test/fixtures (good reports, scans, bad files, files of other kinds), read through the review
 * worker as the app does; the list, its sort and filters, a conclusion and a note across a reload,
 * and the batch's summary PDF read back with pdftotext.
 */

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const OPINION = '表三（七）总计与各项之和不符，请更正后重新报送';
const NOTE = '已与原件核对：总计应为3';

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let work: string;
let folder: string;
let opened: DocumentSummary[] = [];
const savePaths: string[] = [];
let store: DocumentStore;

/** The rows of the list as the page shows them. */
async function listRows(): Promise<Array<{ id: string; organ: string; cells: Record<string, string>; failure: string | null }>> {
  return page.locator('[data-testid="batch-row"]').evaluateAll((rows) =>
    rows
      .map((row) => ({
        id: row.getAttribute('data-id') ?? '',
        top: parseFloat((row as HTMLElement).style.top),
        organ: row.querySelector('.organ-link')?.textContent ?? '',
        cells: Object.fromEntries([...row.querySelectorAll('[data-col]')].map((c) => [c.getAttribute('data-col'), c.textContent ?? ''])),
        year: row.querySelector('.c-year')?.textContent ?? '',
        failure: row.querySelector('[data-testid="failure-reason"]')?.textContent ?? null,
      }))
      .sort((a, b) => a.top - b.top)
      .map(({ top: _top, year, ...r }) => ({ ...r, cells: { ...r.cells, year } })),
  );
}

async function openFolder(): Promise<void> {
  await page.getByTestId('open-folder').click();
  await expect
    .poll(
      () =>
        page
          .getByTestId('batch-counts')
          .textContent()
          .catch(() => ''),
      { timeout: READ_FOLDER_MS },
    )
    .toContain(`共 ${opened.length || ''}`);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  work = mkdtempSync(join(tmpdir(), 'batch-e2e-'));
  folder = join(work, '2025年度 区县年报');
  cpSync(SHARED_FIXTURES, join(folder, 'shared'), { recursive: true });
  cpSync(OWN_FIXTURES, join(folder, 'own'), { recursive: true });
  store = new DocumentStore();
  const documents = createDocumentHandlers({
    showOpenDialog: async () => [],
    showFolderDialog: async () => folder,
    reviewPaths: reviewPathsInWorker,
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
  const exports = createExportHandlers({
    store,
    showSaveDialog: async () => savePaths.shift() ?? null,
    printToPdf: (html) => printHtmlWithBrowser(html, '/usr/bin/chromium'),
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await installApi(page, documents, exports);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// The folder holds the scans, which are read by OCR now: tens of seconds each on this 2-core
// machine, and the reload test reads the whole folder twice.
const READ_FOLDER_MS = 280_000;

describe('a season’s batch through 打开文件夹', { timeout: 2 * READ_FOLDER_MS }, () => {
  it('streams the reports into the list with a progress bar, then shows every file with organ, year and counts', async () => {
    // The renderer's longest frame while the batch streams in (Long Animation Frames API).
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'long-animation-frame', buffered: false });
    });
    await page.getByTestId('open-folder').click();
    const progress = page.getByTestId('batch-progress');
    await progress.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="batch-row"]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await progress.textContent()).toMatch(/正在读取 \d+ \/ \d+ 份/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-batch-reading.png') });
    await expect.poll(() => opened.length, { timeout: READ_FOLDER_MS }).toBeGreaterThan(30);
    await expect.poll(() => progress.count()).toBe(0);
    console.log('longest frame while reading (ms):', await page.evaluate(() => (window as unknown as { __longest: number }).__longest));

    // The list draws only the rows in view: let it measure the taller window before reading it.
    await page.setViewportSize({ width: 1366, height: 3000 });
    await expect.poll(() => page.locator('[data-testid="batch-row"]').count()).toBe(opened.length);
    const rows = await listRows();
    expect(rows.length).toBe(opened.length);
    expect(await page.getByTestId('batch-counts').textContent()).toContain(`共 ${opened.length} 份`);
    // Every shared sample (not the scans) with its organ and year from .expected.json.
    for (const base of sampleNames()) {
      const truth = expectedOf(base);
      for (const ext of ['docx', 'pdf', 'txt']) {
        const doc = opened.find((d) => d.name === `${base}.${ext}`);
        if (!doc) continue;
        const row = rows.find((r) => r.id === doc.id)!;
        expect(row.organ, `${base}.${ext}`).toBe(truth.organ);
        expect(row.cells.year, `${base}.${ext}`).toBe(String(truth.year));
      }
    }
    // The counts are the findings main holds for each report, checked across the batch.
    for (const doc of opened.filter((d) => d.status === 'ready')) {
      const stored = store.get(doc.id)!;
      const findings = stored.outcome.ok ? stored.outcome.doc.findings : [];
      const row = rows.find((r) => r.id === doc.id)!;
      for (const severity of ['error', 'warning', 'info'] as const) {
        expect(row.cells[severity], `${doc.name} ${severity}`).toBe(String(findings.filter((f) => f.severity === severity).length));
      }
    }
    // Sample 002 as .docx: its two outcome-sum errors and the template warning.
    const docx002 = rows.find((r) => r.id === opened.find((d) => d.name === '002-huancui-science-2023.docx')!.id)!;
    expect(Number(docx002.cells.error)).toBeGreaterThanOrEqual(2);
    // The bad files stay in the list, each with its reason in Chinese.
    const failed = rows.filter((r) => r.failure !== null);
    expect(failed.length).toBe(opened.filter((d) => d.status === 'failed').length);
    expect(failed.length).toBeGreaterThanOrEqual(7);
    for (const r of failed) expect(r.failure).toMatch(/读取失败：.*[\u4e00-\u9fff]/);
    const shopping = opened.find((d) => d.name === 'shopping-list.txt')!;
    expect(rows.find((r) => r.id === shopping.id)!.organ).toBe('shopping-list.txt');
  });

  it('sorts by a column and filters the rows', async () => {
    const years = async () => (await listRows()).filter((r) => r.failure === null).map((r) => r.cells.year);
    await page.getByTestId('sort-year').click();
    const ascending = await years();
    expect(ascending).toEqual([...ascending].sort((a, b) => (a === '—' ? 1 : b === '—' ? -1 : Number(a) - Number(b))));
    await page.getByTestId('sort-year').click();
    const descending = await years();
    expect(descending[0]).toBe(ascending.filter((y) => y !== '—').at(-1));
    expect(descending).not.toEqual(ascending);

    await page.getByTestId('filter-withErrors').click();
    await expect.poll(async () => (await listRows()).length).toBeLessThan(opened.length);
    const withErrors = await listRows();
    expect(withErrors.length).toBeGreaterThan(0);
    expect(withErrors.length).toBeLessThan(opened.length);
    expect(withErrors.every((r) => Number(r.cells.error) > 0)).toBe(true);
    await page.getByTestId('filter-withErrors').click();

    await page.getByTestId('filter-failed').click();
    await expect.poll(async () => (await listRows()).every((r) => r.failure !== null)).toBe(true);
    await page.getByTestId('filter-failed').click();

    // Type-ahead: typing in the list searches organ and file name.
    await page.locator('.batch-body').focus();
    await page.keyboard.type('huancui');
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('huancui');
    await expect.poll(async () => (await listRows()).every((r) => r.organ.includes('环翠') || r.organ.includes('huancui'))).toBe(true);
    expect((await listRows()).length).toBeGreaterThanOrEqual(3);
    await page.getByRole('searchbox').fill('环翠');
    await expect.poll(async () => (await listRows()).every((r) => r.organ.includes('环翠'))).toBe(true);
    await page.getByRole('searchbox').fill('');
    await page.getByTestId('sort-year').click(); // back to the batch order
    await expect.poll(async () => (await listRows()).length).toBe(opened.length);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-batch-list-1366.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-batch-list-1024.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('keeps a conclusion, an opinion and a note across a reload (same content hash)', async () => {
    await page.getByRole('searchbox').fill('002-huancui-science-2023.docx');
    await page.getByRole('searchbox').press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('report-bar').waitFor();
    await page.getByTestId('verdict').selectOption('revise');
    await page.getByTestId('opinion').fill(OPINION);
    await page.getByTestId('opinion').press('Enter');
    const finding = page.locator('li[data-rule="t3.outcome_sum"]').first();
    await finding.waitFor({ timeout: 60_000 });
    await finding.getByRole('combobox', { name: '核查状态' }).selectOption('confirmed');
    await finding.getByRole('button', { name: '添加批注' }).click();
    const notes = page.locator('aside.notes-panel');
    await notes.getByRole('textbox', { name: '批注内容' }).fill(NOTE);
    await notes.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual([NOTE]);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-batch-report-open.png') });

    // Back in the list, the row shows the conclusion and the progress.
    await page.getByTestId('back-to-list').click();
    const row = page.locator(`[data-testid="batch-row"][data-id="${opened.find((d) => d.name === '002-huancui-science-2023.docx')!.id}"]`);
    await expect.poll(() => row.locator('[data-col="verdict"]').textContent()).toBe('需修改');
    await expect.poll(() => row.locator('.c-progress').textContent()).toMatch(/^1\/\d+$/);

    await page.reload();
    await openFolder();
    await page.getByRole('searchbox').fill('002-huancui-science-2023.docx');
    await expect.poll(() => row.locator('[data-col="verdict"]').textContent()).toBe('需修改');
    await row.locator('.organ-link').click();
    await expect.poll(() => page.getByTestId('verdict').inputValue()).toBe('revise');
    await expect.poll(() => page.getByTestId('opinion').inputValue()).toBe(OPINION);
    await expect.poll(() => page.locator('aside.notes-panel .note-text').allTextContents(), { timeout: 30_000 }).toEqual([NOTE]);
    await page.getByTestId('back-to-list').click();
    await page.getByRole('searchbox').fill('');
  });

  it('exports the whole batch as one PDF: cover, overview with one row per report, then each report’s section', async () => {
    const pdfPath = join(work, '批次审阅报告.pdf');
    savePaths.push(pdfPath);
    await page.getByTestId('export-scope').selectOption('batch');
    await page.getByTestId('export-pdf').click();
    // The first batch export asks 审阅单位 and 审阅人 once, for the cover.
    await page.getByTestId('cover-unit').fill('威海市人民政府办公室');
    await page.getByTestId('cover-reviewer').fill('王审阅');
    await page.getByTestId('cover-save').click();
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 110_000 }).toContain('已导出：批次审阅报告.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(join(ARTIFACTS, 'e2e-batch-summary.txt'), text);
    const ready = opened.filter((d) => d.status === 'ready');
    // The overview: one row per report, numbered.
    const overview = text.slice(0, text.indexOf('政府信息公开工作年度报告', text.indexOf('总览') + 1));
    expect(overview).toContain('审阅结论');
    expect(overview).toMatch(/审阅单位\s+威海市人民政府办公室/);
    for (let i = 1; i <= ready.length; i++) expect(overview).toMatch(new RegExp(`^\\s*${i}\\s`, 'm'));
    expect(overview).toContain('需修改');
    // One section per readable report, with the opinion in the report's section.
    expect(text.split('SHA-256').length - 1).toBe(ready.length);
    expect(text).toContain(OPINION.slice(0, 12));
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
