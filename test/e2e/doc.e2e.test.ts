import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_FIXTURES } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

// Sample 002 saved as Word 97–2003 (.doc), and the same bytes named .wps, opened in the app:
// the document pane shows the Word-binary reader's HTML with the finding's cells lit.
const DOC = join(OWN_FIXTURES, 'doc', '002-huancui-science-2023.doc');
const FINDING_CELLS = ['t3.unable.no_info.natural', 't3.total.natural'];

let app: E2eApp;
let page: Page;

async function openViaDialog(paths: string[]): Promise<void> {
  app.answerOpenDialog(paths);
  await page.getByTestId('open').click();
}

async function highlightedCells(): Promise<string[]> {
  return page.locator('.tables-view .cell-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
}

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
});

afterAll(() => app?.close());

describe.each([
  { label: '.doc', path: () => DOC },
  {
    label: '.wps',
    path: () => {
      const dir = mkdtempSync(join(tmpdir(), 'review-wps-'));
      copyFileSync(DOC, join(dir, '002-huancui-science-2023.wps'));
      return join(dir, '002-huancui-science-2023.wps');
    },
  },
])('sample 002 as $label', ({ label, path }) => {
  it('lights the outcome-sum finding in the tables and in the Word document pane', async () => {
    await openViaDialog([path()]);
    await expect.poll(() => page.getByTestId('report-bar').textContent(), { timeout: 60_000 }).toContain(label);
    const finding = page.locator('[data-rule="t3.outcome_sum"]').filter({ hasText: '自然人' });
    await expect.poll(() => finding.count(), { timeout: 60_000 }).toBe(1);
    await finding.click();
    expect((await highlightedCells()).sort()).toEqual([...FINDING_CELLS].sort());

    const marked = page.locator('.document-html .anchor-highlight');
    await expect.poll(() => marked.count()).toBe(2);
    expect((await marked.allTextContents()).map((s) => s.trim()).sort()).toEqual(['1', '3']);
    await expect(marked.first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-${label.slice(1)}-finding-selected.png`) });
  });

  it('draws table 3 with its merged cells, and a click in it selects the cell in the tables', async () => {
    const td = (text: string) => page.locator('.document-html td').filter({ hasText: new RegExp(`^${text}$`) });
    await expect(td('三、本年度办理结果').evaluate((el: HTMLTableCellElement) => [el.rowSpan, el.colSpan])).resolves.toEqual([20, 1]);
    await expect(td('（五）不予处理').evaluate((el: HTMLTableCellElement) => el.rowSpan)).resolves.toBe(5);
    await page.locator('.document-html .anchor-cell').filter({ hasText: /^3$/ }).last().click();
    const selected = await highlightedCells();
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatch(/^t3\.unable\.no_info\./);
  });
});
