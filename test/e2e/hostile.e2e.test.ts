// Done-when of issue 9, the app side: the hostile folder (test/helpers/hostileFolder.ts) opened
// through the real main handlers and the review worker pool, in the built renderer. Every file is
// answered, the bombs with a Chinese message, and the app stays usable: a real report opened
// afterwards is reviewed and its finding lights its cells.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../main/documents/review';
import type { DocumentSummary, IpcResult } from '../../shared/ipc/contract';
import { samplePath } from '../helpers/fixtures';
import { makeHostileFolder, type HostileFolder } from '../helpers/hostileFolder';
import { startE2eApp, type E2eApp } from './harness';

let app: E2eApp;
let page: Page;
let folder: HostileFolder;
const pageErrors: string[] = [];

beforeAll(async () => {
  folder = makeHostileFolder();
  app = await startE2eApp({ onPageError: (message) => pageErrors.push(message) });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  rmSync(folder.dir, { recursive: true, force: true });
});

describe('the hostile folder through the app', () => {
  it('answers every file, the bombs with a Chinese message naming the limit', async () => {
    // The folder as the app's open dialog hands it over, plus the flag-like names given directly.
    const paths = [...(await expandPaths([folder.dir])), join(folder.dir, '-h'), join(folder.dir, '--csv=x.csv')];
    app.answerOpenDialog(paths);
    const result = (await page.evaluate(() => (window as unknown as { api: { documents: { openDialog(): Promise<unknown> } } }).api.documents.openDialog())) as IpcResult<
      DocumentSummary[]
    >;
    if (!result.ok) throw new Error(result.error.message);
    const byName = new Map(result.value.map((s) => [s.name, s]));
    expect(result.value).toHaveLength(paths.length);
    for (const name of folder.reports) expect(byName.get(name.split('/').pop() as string)?.status, name).toBe('ready');
    for (const name of folder.failures) {
      expect(byName.get(name)?.status, name).toBe('failed');
      expect(byName.get(name)?.error?.message, name).toMatch(/[\u4e00-\u9fff]{6,}/u);
    }
    expect(byName.get('zip-bomb.docx')?.error?.message).toMatch(/解压后为 \d+ MB.*上限/);
    expect(byName.get('zip-bomb-lying.docx')?.error?.message).toMatch(/word\/document\.xml 解压时超过单个正文部件 64 MB 的上限（目录中记载为 2\.0 MB/);
    expect(byName.get('operator-bomb.pdf')?.error?.message).toMatch(/内容流.*上限/);
    expect(byName.get('many-pages.pdf')?.error?.message).toMatch(/页面目录声明共 1,000,000 页，超过 500 页的上限/);
    expect(byName.get('tiny-pages.pdf')?.error?.message).toMatch(/页面目录声明共 5,000 页/);
    expect(byName.get('form-bomb.pdf')?.error?.message).toMatch(/第 1 页含约 [\d,]+ 个绘制指令.*超过每页 1,000,000 个的上限/);
  }, 300_000);

  it('stays usable: a real report opened next is reviewed and its finding lights its cells', async () => {
    app.answerOpenDialog([samplePath('002-huancui-science-2023', 'docx')]);
    await page.getByTestId('open').click();
    const finding = page.locator('[data-rule="t3.outcome_sum"]').filter({ hasText: '自然人' });
    await expect.poll(() => finding.count(), { timeout: 120_000 }).toBe(1);
    await finding.click();
    const cells = page.locator('.tables-view .cell-highlight');
    await expect.poll(() => cells.count(), { timeout: 30_000 }).toBe(2);
    expect(new URL(page.url()).origin).toBe(new URL(app.url).origin);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
