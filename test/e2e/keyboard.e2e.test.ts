import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { samplePath } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

/**
 * Issue 14's keyboard, end to end in Chromium with the real main handlers: from opening sample 002
 * to a stored note on a table cell without the mouse (Tab order, arrows in the tables grid, Enter,
 * Ctrl+Enter), the cell menu from the keyboard, Esc one layer per press.
 */

const SAMPLE = '002-huancui-science-2023';
const TARGET = 't3.unable.no_info.natural';
const NOTE = '键盘批注：本机关不掌握应为1';
const REVIEWER = '李审计';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp({ reviewPaths });
  page = app.page;
});

afterAll(() => app?.close());

/** What has the focus: its pane (region) and, for a table cell, its reference. */
async function focused(p: Page): Promise<{ region: string; cell: string | null; tag: string; label: string }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const region = el?.closest('header.toolbar')
      ? 'toolbar'
      : el?.closest('.report-bar')
        ? 'report'
        : el?.closest('.side-pane')
          ? 'side'
          : el?.closest('.tables-pane')
            ? 'tables'
            : el?.closest('.source-pane')
              ? 'source'
              : 'none';
    return { region, cell: el?.dataset.cell ?? null, tag: el?.tagName ?? '', label: el?.getAttribute('aria-label') ?? el?.textContent?.slice(0, 20) ?? '' };
  });
}

const rowOf = (ref: string) => ref.slice(0, ref.lastIndexOf('.'));

describe('the keyboard alone, from opening a report to a note on a cell', () => {
  it('opens sample 002 with Ctrl+O, tabs toolbar → report bar → findings → tables, arrows to 本机关不掌握, notes it with Enter and Ctrl+Enter', async () => {
    app.answerOpenDialog([samplePath(SAMPLE, 'docx')]);
    await page.getByTestId('open').waitFor();
    await page.keyboard.press('Control+o');
    await page.locator('[data-testid="tables-view"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('li[data-rule="t3.outcome_sum"]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.locator('.html-view [data-anchor]').first().waitFor();

    // Tab from the start: the regions come in the workspace's order, and the tables are reached.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const visited: string[] = [];
    let cellStops = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (visited[visited.length - 1] !== f.region) visited.push(f.region);
      if (f.cell) {
        cellStops++;
        break;
      }
    }
    expect(cellStops).toBe(1);
    expect(visited).toEqual(['toolbar', 'report', 'side', 'tables']);
    // The findings list is one stop, however many findings: few Tabs from side to tables.
    const findingStops = await page.evaluate(() => document.querySelectorAll('.findings-list [tabindex="0"], .findings-list select:not([tabindex="-1"])').length);
    expect(findingStops).toBeLessThanOrEqual(2);

    // The grid is one Tab stop: the next Tab leaves the tables for the source pane.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page)).region).not.toBe('tables');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await focused(page)).cell).not.toBeNull();

    // Arrows to the 本机关不掌握 cell of the 自然人 column: down to its row, then across.
    for (let i = 0; i < 80; i++) {
      const cell = (await focused(page)).cell!;
      if (cell === TARGET) break;
      const [table] = cell.split('.');
      if (table !== 't3' || !cell.startsWith('t3.unable.no_info.')) await page.keyboard.press('ArrowDown');
      else await page.keyboard.press(cell.endsWith('.natural') ? 'ArrowRight' : 'ArrowLeft');
      await expect.poll(async () => (await focused(page)).cell).not.toBe(cell);
    }
    const at = await focused(page);
    expect(at.cell).toBe(TARGET);
    expect(rowOf(at.cell!)).toBe('t3.unable.no_info');
    expect(at.label).toContain('本机关不掌握');
    expect(at.label).toContain('自然人');

    // Focusing the cell selected it: lit in the tables and in the Word view, and named in the notes panel.
    await expect.poll(() => page.locator(`td[data-cell="${TARGET}"]`).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.html-view .anchor-highlight').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-keyboard-cell-focus-1366.png') });

    // Enter: a note on the focused cell; type it and save with Ctrl+Enter.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('批注内容');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    const notes = page.locator('aside.notes-panel');
    await expect.poll(() => notes.locator('.note-text').allTextContents()).toEqual([NOTE]);
    await expect.poll(() => page.locator(`td[data-cell="${TARGET}"]`).getByTestId('note-marker').count()).toBe(1);
    // The first note without a 批注人 asks for the name once: typed, and Enter signs the note.
    await expect.poll(() => page.getByTestId('author-prompt').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('批注人');
    await page.keyboard.type(REVIEWER);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('author-prompt').count()).toBe(0);
    // The focus is back on the cell, for the next step.
    await expect.poll(async () => (await focused(page)).cell).toBe(TARGET);

    // Stored in IndexedDB, on this cell, signed.
    const stored = await page.evaluate(
      () =>
        new Promise<Array<{ text: string; author: string; target: { kind: string; cell?: string } }>>((done, fail) => {
          const req = indexedDB.open('report-review-notes');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('notes').objectStore('notes').getAll();
            all.onsuccess = () => done(all.result);
            all.onerror = () => fail(all.error);
          };
        }),
    );
    expect(stored.map((n) => [n.text, n.author, n.target.kind, n.target.cell])).toEqual([[NOTE, REVIEWER, 'cell', TARGET]]);
  });

  it('opens the cell menu with the context-menu key and Shift+F10, walks it with arrows, Esc closes it and returns focus', async () => {
    await expect.poll(async () => (await focused(page)).cell).toBe(TARGET);
    for (const key of ['ContextMenu', 'Shift+F10']) {
      await page.keyboard.press(key);
      const menu = page.getByTestId('cell-menu');
      await expect.poll(() => menu.count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('更正识别值');
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
      await expect.poll(async () => (await focused(page)).cell).toBe(TARGET);
    }
    // Enter on 更正识别值 opens the dialog; Esc closes the dialog only, then the selection.
    // Each key waits for the state the previous one makes (a loaded machine opens the menu late).
    await page.keyboard.press('ContextMenu');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('更正识别值');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('correction-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator(`td[data-cell="${TARGET}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`td[data-cell="${TARGET}"]`).getAttribute('aria-selected')).toBe('false');
    await expect.poll(() => page.locator('.html-view .anchor-highlight').count()).toBe(0);
  });
});
