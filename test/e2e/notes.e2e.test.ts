import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

async function openPage(inContext: BrowserContext = context): Promise<Page> {
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => nextPaths,
    reviewPaths: (paths, onProgress) => reviewPaths(paths, onProgress),
    store: new DocumentStore(),
    recent: new RecentFiles(join(work, 'userData')),
    drops: new DropTokens(),
  });
  const page = await inContext.newPage();
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
    // No 批注人 yet: the name is asked for once, and signs the note just written.
    const prompt = notes.getByRole('dialog', { name: '请填写批注人姓名' });
    await prompt.getByRole('textbox', { name: '批注人' }).fill('审核员甲');
    await prompt.getByRole('button', { name: '署名', exact: true }).click();
    await expect.poll(() => notes.locator('.note-author').allTextContents()).toEqual(['审核员甲']);
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(() => notes.getByRole('textbox', { name: /批注人/ }).inputValue()).toBe('审核员甲');

    await finding.getByRole('combobox', { name: '核查状态' }).selectOption('confirmed');
    await expect.poll(() => finding.getByRole('combobox', { name: '核查状态' }).inputValue()).toBe('confirmed');

    await page.reload();
    await openFile(page, renamed);
    const tabs = await page.getByTestId('report-bar').textContent();
    expect(tabs).toContain('副本');
    expect(tabs).not.toContain('002.docx');

    const again = page.locator('li[data-rule="t3.outcome_sum"]').first();
    await expect.poll(() => page.locator('aside.notes-panel .note-text').allTextContents(), { timeout: 10_000 }).toEqual(['已与原件核对：总计应为3']);
    await expect.poll(() => page.locator('aside.notes-panel .note-author').allTextContents()).toEqual(['审核员甲']);
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

  it('notes a table cell and a selected passage, marks both, and restores them from a backup without duplicates', async () => {
    const file = join(work, 'c', '002.docx');
    mkdirSync(join(work, 'c'), { recursive: true });
    copyFileSync(samplePath('002-huancui-science-2023', 'docx'), file);
    const own = await browser.newContext({ acceptDownloads: true });
    const page = await openPage(own);
    await openFile(page, file);
    const notes = page.locator('aside.notes-panel');

    // A cell, from its context menu.
    const cell = page.locator('td[data-cell="t3.total.natural"]').first();
    await cell.click({ button: 'right' });
    await page.getByRole('menuitem', { name: '添加批注' }).click();
    await notes.getByRole('textbox', { name: '批注内容' }).fill('总计与各项之和不符');
    await notes.getByRole('button', { name: '保存' }).click();
    await cell.getByTestId('note-marker').waitFor();

    // A passage, from a text selection in the document pane.
    await page.evaluate(() => {
      const el = [...document.querySelectorAll('.document-html p[data-anchor]')].find((p) => (p.textContent ?? '').trim().length > 8)!;
      el.scrollIntoView({ block: 'center' });
      const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(6, text.textContent!.length));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.locator('.passage-note-button').click();
    await notes.getByRole('textbox', { name: '批注内容' }).fill('此句需核实');
    await notes.getByRole('button', { name: '保存' }).click();
    await page.locator('.document-html .has-note').first().waitFor();
    expect(await notes.locator('.note-target').allTextContents()).toEqual([expect.stringContaining('单元格：表三'), expect.stringContaining('原文：')]);

    // Backup: one JSON file with both notes.
    const [download] = await Promise.all([page.waitForEvent('download'), notes.getByRole('button', { name: '导出批注备份' }).click()]);
    const backupPath = join(work, 'backup.json');
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; notes: Array<{ text: string }> };
    expect(backup.format).toBe('report-review-notes');
    expect(backup.notes.map((n) => n.text).sort()).toEqual(['总计与各项之和不符', '此句需核实'].sort());
    await own.close();

    // Another machine (a fresh browser profile): import twice, get each note once.
    const other = await browser.newContext();
    const page2 = await openPage(other);
    await openFile(page2, file);
    const notes2 = page2.locator('aside.notes-panel');
    expect(await notes2.locator('.note-text').count()).toBe(0);
    await notes2.getByTestId('notes-import-input').setInputFiles(backupPath);
    await expect.poll(() => notes2.locator('.note-text').count()).toBe(2);
    await notes2.getByTestId('notes-import-input').setInputFiles(backupPath);
    await expect.poll(() => notes2.locator('.backup-message').textContent()).toContain('已导入 0 条批注');
    expect(await notes2.locator('.note-text').count()).toBe(2);
    await page2.locator('td[data-cell="t3.total.natural"] [data-testid="note-marker"]').first().waitFor();
    await other.close();
  });
});
