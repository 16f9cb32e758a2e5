import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { reviewPaths } from '../../main/documents/review';
import { DocumentStore } from '../../main/documents/store';
import { createDocumentHandlers } from '../../main/ipc/handlers';
import { samplePath } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/**
 * Issue 5 end to end: the built renderer in Chromium, window.api served by the real main
 * handlers, the open dialog replaced by a function returning the path the test chose. Notes and
 * statuses live in the page's IndexedDB, keyed by the file's SHA-256, so they must survive a
 * reload and find the same file again under another name.
 */

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close(): Promise<void> };
let work: string;
let nextPaths: string[] = [];

beforeAll(async () => {
  const rendererDir = buildRenderer();
  server = await serveFolder(rendererDir);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  context = await browser.newContext();
  work = mkdtempSync(join(tmpdir(), 'notes-e2e-'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => nextPaths,
    reviewPaths: (paths, onProgress) => reviewPaths(paths, onProgress),
    store: new DocumentStore(),
    recent: new RecentFiles(join(work, 'userData')),
    drops: new DropTokens(),
  });
  const page = await context.newPage();
  await installApi(page, handlers);
  await page.goto(server.url);
  return page;
}

async function openFile(page: Page, path: string): Promise<void> {
  nextPaths = [path];
  await page.getByTestId('open').first().click();
  await page.locator('li[data-rule="t3.outcome_sum"]').first().waitFor({ timeout: 60_000 });
}

describe('review notes in Chromium', () => {
  it('keeps a note and a status on a finding across a reload and a renamed copy of the file', async () => {
    const original = join(work, 'a', '002.docx');
    const renamed = join(work, 'b', '环翠区科技局2023年报-副本.docx');
    mkdirSync(join(work, 'a'), { recursive: true });
    mkdirSync(join(work, 'b'), { recursive: true });
    copyFileSync(samplePath('002-huancui-science-2023', 'docx'), original);
    copyFileSync(samplePath('002-huancui-science-2023', 'docx'), renamed);

    const page = await openPage();
    await openFile(page, original);
    const finding = page.locator('li[data-rule="t3.outcome_sum"]').first();
    const notes = page.locator('aside.notes-panel');

    await finding.getByRole('button', { name: '添加批注' }).click();
    await notes.getByRole('textbox', { name: '批注内容' }).fill('已与原件核对：总计应为3');
    await notes.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual(['已与原件核对：总计应为3']);

    await finding.getByRole('combobox', { name: '核查状态' }).selectOption('confirmed');
    await expect.poll(() => finding.getByRole('combobox', { name: '核查状态' }).inputValue()).toBe('confirmed');

    await page.reload();
    await openFile(page, renamed);
    const tabs = await page.locator('.document-tabs').textContent();
    expect(tabs).toContain('副本');
    expect(tabs).not.toContain('002.docx');

    const again = page.locator('li[data-rule="t3.outcome_sum"]').first();
    await expect
      .poll(() => page.locator('aside.notes-panel .note-text').allTextContents(), { timeout: 10_000 })
      .toEqual(['已与原件核对：总计应为3']);
    await expect.poll(() => again.getByRole('combobox', { name: '核查状态' }).inputValue()).toBe('confirmed');
    await expect.poll(() => again.getByTestId('note-marker').count()).toBe(1);

    // One review, found by content: it remembers both names the file was opened under.
    const names = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open('report-review-notes');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('reviews').objectStore('reviews').getAll();
            all.onsuccess = () => resolve((all.result as Array<{ names: string[] }>).flatMap((r) => r.names));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(names.sort()).toEqual(['002.docx', '环翠区科技局2023年报-副本.docx'].sort());
    await page.close();
  });
});
