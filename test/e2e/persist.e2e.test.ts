import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DB_NAME } from '../../renderer/db/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DropTokens } from '../../main/documents/dropTokens';
import { KnownFiles } from '../../main/documents/knownFiles';
import { RecentFiles } from '../../main/documents/recentFiles';
import { reviewPaths } from '../../main/documents/review';
import { DocumentStore } from '../../main/documents/store';
import { createDocumentHandlers, type DocumentHandlers } from '../../main/ipc/handlers';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/**
 * Issue 10, the batch persists: a folder opened, a filter set and a report open come back after a
 * reload (main reopens the files by the ids the renderer kept); a second named batch is created,
 * switched to and back; a file deleted on disk between sessions shows as moved, one edited as
 * changed, and 重新定位 finds a moved one. A restart is a new main (new store, known files read
 * back from its userData folder) under the same page database.
 */

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const COUNTY = '2025年度 区县年报';
const DEPARTMENTS = '2025年度 部门年报';

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<void> };
let work: string;
let userData: string;
const folders: string[] = [];
const located: string[] = [];
let handlers: DocumentHandlers;

/** The handlers of one run of the app over the same userData folder (a restart builds new ones). */
function startMain(): DocumentHandlers {
  return createDocumentHandlers({
    showOpenDialog: async () => [],
    showFolderDialog: async () => folders.shift() ?? null,
    showLocateDialog: async () => located.shift() ?? null,
    reviewPaths,
    store: new DocumentStore(),
    recent: new RecentFiles(userData),
    known: new KnownFiles(userData),
    drops: new DropTokens(),
  });
}

const rows = () => page.locator('[data-testid="batch-row"]');
const rowNamed = (file: string) => rows().filter({ hasText: file });
const switcher = () => page.getByTestId('batch-switcher');

async function openFolder(folder: string, count: number): Promise<void> {
  folders.push(folder);
  await page.getByTestId('open-folder').click();
  await expect
    .poll(
      () =>
        page
          .getByTestId('batch-counts')
          .textContent()
          .catch(() => ''),
      { timeout: 60_000 },
    )
    .toContain(`共 ${count} 份`);
  await expect.poll(() => page.getByTestId('batch-progress').count()).toBe(0);
}

/** Waits for the list's count line (a switch or a reload reads the batch's files again). */
async function expectCount(text: string): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .getByTestId('batch-counts')
          .textContent()
          .catch(() => ''),
      { timeout: 60_000 },
    )
    .toContain(text);
}

async function chooseBatch(name: string): Promise<void> {
  await switcher().click();
  await page.getByTestId('batch-choice').filter({ hasText: name }).click();
  await expect.poll(() => switcher().textContent()).toContain(name);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(buildRenderer());
  work = mkdtempSync(join(tmpdir(), 'persist-e2e-'));
  userData = join(work, 'userData');
  const county = join(work, COUNTY);
  mkdirSync(county, { recursive: true });
  copyFileSync(samplePath('002-huancui-science-2023', 'docx'), join(county, '环翠区科技局.docx'));
  for (const base of ['000-weihai-science-2020', '001-lingang-innovation-2020', '003-weihai-etdz-2020', '004-jining-science-2020'])
    copyFileSync(samplePath(base, 'txt'), join(county, `${base}.txt`));
  const departments = join(work, DEPARTMENTS);
  mkdirSync(departments, { recursive: true });
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2020.txt'), join(departments, 'jining-2020.txt'));
  copyFileSync(join(OWN_FIXTURES, 'cross-year/jining-science-2021.txt'), join(departments, 'jining-2021.txt'));
  handlers = startMain();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  // The page's bridge calls whichever main is running now (a restart swaps it).
  await installApi(page, new Proxy({} as DocumentHandlers, { get: (_t, key) => handlers[key as keyof DocumentHandlers] }));
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every row of one IndexedDB store of the page's database (renderer/db), as stored. */
function storedRows<T>(p: Page, store: 'batches' | 'batchEntries'): Promise<T[]> {
  return p.evaluate(
    ([name, storeName]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(storeName).objectStore(storeName).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
        };
      }),
    [DB_NAME, store] as const,
  );
}

type StoredView = { openId?: string | null; filters?: { withErrors?: boolean } };
/** The view of every kept batch. */
const storedViews = async (p: Page) => (await storedRows<{ view?: StoredView }>(p, 'batches')).map((b) => b.view ?? null);
const storedOpenIds = async (p: Page) => (await storedViews(p)).map((v) => v?.openId ?? null);
/** How many files the kept batches hold together. */
const storedEntryCount = async (p: Page) => (await storedRows(p, 'batchEntries')).length;

describe('the batch persists', { timeout: 180_000 }, () => {
  it('reopens the batch after a reload with its sort, filter and open report', async () => {
    await openFolder(join(work, COUNTY), 5);
    await expect.poll(() => switcher().textContent()).toContain(COUNTY);
    await page.getByTestId('sort-year').click();
    await page.getByTestId('filter-withErrors').click();
    await expect.poll(() => rows().count()).toBeLessThan(5);
    const filtered = await rows().count();
    expect(filtered).toBeGreaterThan(0);
    const firstId = await rows().first().getAttribute('data-id');
    await rows().first().locator('.organ-link').click();
    await page.getByTestId('report-bar').waitFor();
    const bar = await page.getByTestId('report-bar').textContent();
    // The open report is saved with the batch's view as it changes; reload once it is stored (a
    // reload while the write is pending is a window closed mid-write, not what this test is about).
    await expect.poll(() => storedOpenIds(page)).toContain(firstId);

    await page.reload();
    await expect
      .poll(
        () =>
          page
            .getByTestId('report-bar')
            .textContent()
            .catch(() => ''),
        { timeout: 60_000 },
      )
      .toBe(bar);
    await expect.poll(() => switcher().textContent()).toContain(COUNTY);
    await page.getByTestId('back-to-list').click();
    await expect.poll(() => page.getByTestId('filter-withErrors').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-testid="sort-year"]').textContent()).toContain('▲');
    await expect.poll(() => rows().count()).toBe(filtered);
    await expect.poll(() => page.locator('.batch-row.focused').getAttribute('data-id')).toBe(firstId);
    await expectCount('共 5 份');
  });

  it('keeps several named batches: a new one takes its folder’s name, and switching brings each back as it was', async () => {
    await switcher().click();
    await page.getByTestId('batch-create').click();
    await expect.poll(() => switcher().textContent()).toContain('未命名批次');
    await expect.poll(() => rows().count()).toBe(0);
    await openFolder(join(work, DEPARTMENTS), 2);
    await expect.poll(() => switcher().textContent()).toContain(DEPARTMENTS);
    await expect.poll(() => page.getByTestId('filter-withErrors').getAttribute('aria-pressed')).toBe('false');

    await chooseBatch(COUNTY);
    await expectCount('共 5 份');
    await expect.poll(() => page.getByTestId('filter-withErrors').getAttribute('aria-pressed')).toBe('true');
    await chooseBatch(DEPARTMENTS);
    await expectCount('共 2 份');

    // Rename, from the toolbar; the name is kept.
    await switcher().click();
    await page.getByTestId('batch-rename').click();
    await page.getByTestId('batch-name').fill('2025年度 部门年报（复核）');
    await page.getByTestId('batch-name').press('Enter');
    await expect.poll(() => switcher().textContent()).toContain('2025年度 部门年报（复核）');
    await page.reload();
    await expect.poll(() => switcher().textContent(), { timeout: 30_000 }).toContain('2025年度 部门年报（复核）');
    await expectCount('共 2 份');
    await chooseBatch(COUNTY);
    await expectCount('共 5 份');
  });

  it('after a restart, shows a file deleted on disk as moved, an edited one as changed, and 重新定位 finds a moved one', async () => {
    const county = join(work, COUNTY);
    await page.getByTestId('filter-withErrors').click();
    await expect.poll(() => rows().count()).toBe(5);
    // The filter is stored as it changes, even while the batch's files are still being read again.
    await expect.poll(async () => (await storedViews(page)).every((v) => v?.filters?.withErrors !== true)).toBe(true);
    // Between sessions: one file deleted, one edited, one moved elsewhere.
    rmSync(join(county, '000-weihai-science-2020.txt'));
    appendFileSync(join(county, '001-lingang-innovation-2020.txt'), '\n（更正：本报告于次年修订。）\n');
    const moved = join(work, '归档', '环翠区科技局.docx');
    mkdirSync(join(work, '归档'));
    renameSync(join(county, '环翠区科技局.docx'), moved);
    handlers = startMain();
    await page.reload();

    const gone = rowNamed('000-weihai-science-2020.txt');
    await expect.poll(() => page.locator('[data-state="missing"]').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => gone.getAttribute('data-state')).toBe('missing');
    await expect.poll(() => gone.getByTestId('entry-state').textContent()).toBe('文件已移动/已删除');
    const changed = rowNamed('001-lingang-innovation-2020.txt');
    await expect.poll(() => changed.getAttribute('data-state')).toBe('changed');
    await expect.poll(() => changed.getByTestId('entry-state').textContent()).toContain('文件已更改');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-persist-list-1366.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await switcher().click();
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-persist-list-1024.png') });
    // The toolbar stays one row with the batch control in it.
    const bar = await page.locator('header.toolbar').evaluate((el) => ({ height: el.getBoundingClientRect().height, overflow: el.scrollWidth - el.clientWidth }));
    expect(bar.height).toBeLessThan(48);
    expect(bar.overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 768 });

    // 重新定位: the moved file, picked where it is now, is the same report (same content hash).
    const docx = page.locator('[data-testid="batch-row"][data-state="missing"]').filter({ hasText: '环翠区科技局.docx' });
    located.push(moved);
    await docx.getByTestId('locate').click();
    await expect.poll(() => page.locator('[data-state="missing"]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByText('威海市环翠区科学技术局').count()).toBeGreaterThan(0);
    // 按新内容审阅 clears the changed mark; it stays cleared after a reload.
    await changed.getByRole('button', { name: '按新内容审阅' }).click();
    await expect.poll(() => page.locator('[data-state="changed"]').count()).toBe(0);
    // 移出批次 the deleted one: never a file, and it does not come back.
    await gone.getByRole('button', { name: '移出批次' }).click();
    await expect.poll(() => rows().count()).toBe(4);
    // Reload once the removal is stored (4 files here, 2 in the other batch).
    await expect.poll(() => storedEntryCount(page)).toBe(6);
    await page.reload();
    await expectCount('共 4 份');
    await expect.poll(() => page.locator('[data-state]').count()).toBe(0);
  });

  it('deletes a batch without touching the files or the other batches', async () => {
    await chooseBatch('2025年度 部门年报（复核）');
    await switcher().click();
    await page.getByTestId('batch-delete').click();
    await expect.poll(() => page.getByTestId('batch-edit-bar').textContent()).toContain('不会删除任何文件');
    await page.getByTestId('batch-delete-confirm').click();
    await expect.poll(() => switcher().textContent()).toContain(COUNTY);
    await expectCount('共 4 份');
    await switcher().click();
    await expect.poll(() => page.getByTestId('batch-choice').allTextContents()).toEqual([expect.stringContaining(COUNTY)]);
    await page.keyboard.press('Escape');
    expect(() => copyFileSync(join(work, DEPARTMENTS, 'jining-2021.txt'), join(work, 'still-there.txt'))).not.toThrow();
  });
});
