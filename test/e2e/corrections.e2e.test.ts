import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

/**
 * 更正识别值 and 空白按 0 计 end to end: the auditor's decisions are kept in IndexedDB, the checks
 * rerun in the renderer at once, and the summary PDF (printed from main's HTML) lists them.
 */

const CELL = 't3.unable.no_info.natural';
const REASON = '与盖章原件核对，应为1';

let app: E2eApp;
let page: Page;
let work: string;
const savePaths: string[] = [];

async function open(path: string): Promise<void> {
  app.answerOpenDialog([path]);
  await page.getByTestId('open').click();
  await page.locator('[data-testid="tables-view"]').waitFor({ timeout: 60_000 });
}

const naturalOutcomeSum = () => page.locator('li[data-rule="t3.outcome_sum"]').filter({ hasText: '（七）总计（自然人）' });

beforeAll(async () => {
  app = await startE2eApp({ reviewPaths, exports: { showSaveDialog: async () => savePaths.shift() ?? null } });
  page = app.page;
  work = app.work;
});

afterAll(() => app?.close());

describe('correcting an extracted value (更正识别值) in sample 002', () => {
  it('corrects the 3 of 本机关不掌握 to 1 with a reason: the outcome-sum finding goes away, the cell shows 3 struck and 1', async () => {
    await open(samplePath('002-huancui-science-2023', 'docx'));
    await expect.poll(() => naturalOutcomeSum().count(), { timeout: 60_000 }).toBe(1);
    const cell = page.locator(`td[data-cell="${CELL}"]`);
    await cell.click({ button: 'right' });
    await page.getByRole('menuitem', { name: '更正识别值' }).click();
    const dialog = page.getByTestId('correction-dialog');
    await expect(dialog.textContent()).resolves.toContain('识别为 3');
    await dialog.getByLabel('原文实际数值').fill('1');
    await dialog.getByLabel('更正理由').fill(REASON);
    await dialog.getByLabel('审阅人').fill('王审计');
    await dialog.getByRole('button', { name: '保存更正' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => naturalOutcomeSum().count()).toBe(0);
    await expect(cell.locator('s.extracted-value').textContent()).resolves.toBe('3');
    await expect(cell.locator('.corrected-value').textContent()).resolves.toBe('1');
    // The 总计 column still holds 3: the row no longer adds up, and the list says why it appeared.
    const appeared = page.locator('li[data-rule="t3.row_sum"]');
    await expect(appeared.getByTestId('finding-appeared').textContent()).resolves.toBe('因更正识别值而出现');
    await expect(page.getByTestId('findings-vanished').textContent()).resolves.toContain('（七）总计（自然人）为1，但各办理结果之和为3');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-correction-made.png') });
  });

  it('keeps the correction after a reload', async () => {
    await page.reload();
    await open(samplePath('002-huancui-science-2023', 'docx'));
    const cell = page.locator(`td[data-cell="${CELL}"]`);
    await expect.poll(() => cell.locator('.corrected-value').textContent(), { timeout: 10_000 }).toBe('1');
    await expect(cell.locator('s.extracted-value').textContent()).resolves.toBe('3');
    expect(await naturalOutcomeSum().count()).toBe(0);
  });

  it('lists the correction in the summary PDF, with the findings of the corrected data', async () => {
    const pdfPath = join(work, '审阅报告.pdf');
    savePaths.push(pdfPath);
    await page.getByTestId('export-pdf').click();
    await expect.poll(() => page.getByTestId('export-status').textContent(), { timeout: 90_000 }).toContain('已导出');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('更正识别值');
    expect(text).toContain(REASON);
    expect(text).toContain('王审计');
    expect(text).toMatch(/本机关不掌握相关政府信息[^\n]*自然人/);
    // Listed as withdrawn, not as a finding.
    expect(text).toContain('因更正或空白按 0 计而不再检出的问题');
    expect(text).toMatch(/总计为3，但自然人与法人或其他组织各列之和为1/);
  });
});

describe('blank cells (a fixture with 165 of them)', () => {
  it('gives one value.kind finding per table, and 空白按 0 计 turns the sums’ findings on as the numbers say', async () => {
    await open(join(OWN_FIXTURES, 'blank/many-blank-cells.txt'));
    const valueKind = page.locator('li[data-rule="value.kind"]');
    await expect.poll(() => valueKind.count(), { timeout: 30_000 }).toBe(2);
    await expect(valueKind.first().textContent()).resolves.toContain('表三有152个单元格为空');
    // Strict: a sum over a blank cell is not compared.
    expect(await naturalOutcomeSum().count()).toBe(0);
    await expect(page.locator('.tables-view .flag-error').count()).resolves.toBeGreaterThan(100);

    // The decision is stored first and the box follows the store: click, then wait for it.
    await page.getByTestId('blank-as-zero').click();
    await expect.poll(() => page.getByTestId('blank-as-zero').isChecked()).toBe(true);
    // Blanks as 0: the lost 1 of （一）予以公开 makes 自然人's outcomes 0 against a 总计 of 1.
    await expect.poll(() => naturalOutcomeSum().count()).toBe(1);
    await expect(naturalOutcomeSum().getByTestId('finding-appeared').textContent()).resolves.toBe('因空白按 0 计而出现');
    await expect.poll(() => valueKind.count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-blank-as-zero.png') });

    // The report list counts the findings of the decided data, as the view does.
    const errors = Number(/\d+/.exec((await page.getByTestId('count-error').textContent()) ?? '')?.[0]);
    const warnings = Number(/\d+/.exec((await page.getByTestId('count-warning').textContent()) ?? '')?.[0]);
    await page.getByTestId('back-to-list').click();
    const row = page.locator('[data-testid="batch-row"]').filter({ hasText: 'many-blank-cells' });
    await expect.poll(() => row.locator('[data-col="error"]').textContent(), { timeout: 10_000 }).toBe(String(errors));
    await expect.poll(() => row.locator('[data-col="warning"]').textContent()).toBe(String(warnings));
    await row.locator('.organ-link').click();
    await expect.poll(() => page.getByTestId('blank-as-zero').isChecked()).toBe(true);

    await page.getByTestId('blank-as-zero').click();
    await expect.poll(() => page.getByTestId('blank-as-zero').isChecked()).toBe(false);
    await expect.poll(() => naturalOutcomeSum().count()).toBe(0);
    await expect.poll(() => valueKind.count()).toBe(2);
  });
});
