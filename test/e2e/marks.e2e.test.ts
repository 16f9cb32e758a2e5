import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { samplePath } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

/**
 * Every flagged cell is marked faintly in both panes (the selected finding strongly), in every
 * source view: PDF boxes, Word elements, text runs.
 */

const SAMPLE = '002-huancui-science-2023';

let app: E2eApp;
let page: Page;

async function open(path: string): Promise<void> {
  app.answerOpenDialog([path]);
  await page.getByTestId('open').click();
  await expect.poll(() => page.getByTestId('report-file').textContent(), { timeout: 60_000 }).toContain(path.slice(path.lastIndexOf('/') + 1));
  await page.locator('[data-testid="tables-view"]').waitFor({ timeout: 60_000 });
}

beforeAll(async () => {
  app = await startE2eApp({ reviewPaths });
  page = app.page;
});

afterAll(() => app?.close());

const SOURCES = [
  { ext: 'docx', flag: '.document-html [class*="anchor-flag-"]', lit: '.document-html .anchor-highlight' },
  { ext: 'pdf', flag: '[data-testid="pdf-flag"]', lit: '[data-testid="pdf-highlight"]' },
  { ext: 'txt', flag: '.document-text [class*="anchor-flag-"]', lit: '.document-text .anchor-highlight' },
] as const;

describe('flagged cells are marked faintly everywhere, the selection strongly', () => {
  it.each(SOURCES)('marks every flagged cell of sample 002 in the tables and in the $ext source', async ({ ext, flag, lit }) => {
    await open(samplePath(SAMPLE, ext));
    if (ext === 'pdf') await page.locator('.pdf-page canvas').first().waitFor();
    // Nothing is selected, yet every cell a finding names is marked, in its severity's colour.
    const tableFlags = page.locator('.tables-view td.value-cell[class*="flag-"]');
    await expect.poll(() => tableFlags.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.tables-view td.flag-error[data-cell="t3.unable.no_info.natural"]').count()).resolves.toBe(1);
    await expect(page.locator('.tables-view .cell-highlight').count()).resolves.toBe(0);
    await expect.poll(() => page.locator(flag).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.locator(lit).count()).resolves.toBe(0);
    const errorFlag = ext === 'pdf' ? '[data-testid="pdf-flag"].flag-error' : '[class*="anchor-flag-error"]';
    await expect(page.locator(errorFlag).count()).resolves.toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-marks-${ext}-none-selected.png`) });

    // The outcome-sum finding: its cells strongly, the other flags stay faint.
    await page.locator('li[data-rule="t3.outcome_sum"]').first().locator('.finding-message').click();
    await expect.poll(() => page.locator('.tables-view .cell-highlight').count()).toBe(2);
    await expect.poll(() => page.locator(lit).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.locator(flag).count()).resolves.toBeGreaterThanOrEqual(2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(ARTIFACTS, `e2e-marks-${ext}-selected.png`) });
  });
});

describe('each report keeps its own selection, scroll positions and zoom', () => {
  const selected = () => page.locator('li.finding[aria-selected="true"] .finding-message');
  const zoom = () => page.locator('.source-pane .zoom-indicator').textContent();
  const scrollOf = (testId: string) => page.getByTestId(testId).evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));
  const step = async (name: '上一份' | '下一份', file: string) => {
    await page.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => page.getByTestId('report-file').textContent(), { timeout: 30_000 }).toContain(file);
  };

  it('switches from the PDF to the text of sample 002 and back: the PDF’s finding, zoom and scroll come back, the text keeps its own', async () => {
    // The three reports of the first test are open; the text is the last one, the PDF before it.
    await step('上一份', '.pdf');
    await page.locator('.pdf-page canvas').first().waitFor();
    await page.locator('li.finding').nth(1).locator('.finding-message').click();
    const pdfFinding = await selected().textContent();
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await expect.poll(zoom).toBe('125%');
    await page.getByTestId('pdf-scroll').evaluate((el) => el.scrollTo({ top: 1500, left: 40 }));
    await page.getByTestId('tables-view').evaluate((el) => el.scrollTo({ top: 420 }));
    await expect.poll(() => scrollOf('pdf-scroll')).toEqual({ top: 1500, left: 40 });
    const pdfScroll = await scrollOf('pdf-scroll');
    const tablesScroll = await scrollOf('tables-view');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-memory-pdf-before.png') });

    await step('下一份', '.txt');
    // The text report was left with the outcome-sum finding selected and at 100 %.
    await expect.poll(() => selected().textContent()).toContain('（七）总计（自然人）');
    await expect.poll(zoom).toBe('100%');
    await page.locator('li.finding').last().locator('.finding-message').click();
    const textFinding = await selected().textContent();

    await step('上一份', '.pdf');
    await expect.poll(() => selected().textContent()).toBe(pdfFinding);
    await expect.poll(zoom).toBe('125%');
    await expect.poll(() => scrollOf('pdf-scroll'), { timeout: 10_000 }).toEqual(pdfScroll);
    await expect.poll(() => scrollOf('tables-view')).toEqual(tablesScroll);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-memory-pdf-after.png') });

    await step('下一份', '.txt');
    await expect.poll(() => selected().textContent()).toBe(textFinding);
    await expect.poll(zoom).toBe('100%');
  });

  it('starts a report seen for the first time at the top with nothing selected', async () => {
    await page.getByTestId('tables-view').evaluate((el) => el.scrollTo({ top: 300 }));
    await open(samplePath('000-weihai-science-2020', 'docx'));
    await expect.poll(() => page.locator('li.finding[aria-selected="true"]').count()).toBe(0);
    await expect.poll(() => scrollOf('tables-view')).toEqual({ top: 0, left: 0 });
    await expect.poll(() => scrollOf('html-view')).toEqual({ top: 0, left: 0 });
  });
});
