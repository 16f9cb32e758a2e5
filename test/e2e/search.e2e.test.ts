import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { samplePath } from '../helpers/fixtures';
import { ARTIFACTS, startE2eApp, type E2eApp } from './harness';

/**
 * Issue 14's search in the source (Ctrl+F) and the shortcut list (F1), end to end in Chromium
 * with the real main handlers, on sample 002's PDF, Word and text files. The number of hits is checked
 * against the text of the file read by other tools (pdftotext; the .docx's own XML, the .txt itself), not against
 * the app's own reading.
 */

const SAMPLE = '002-huancui-science-2023';
const RARE = '本机关不掌握';
const OFTEN = '政府信息';

let app: E2eApp;
let page: Page;

/** The text as the search compares it: NFKC, lower case, no whitespace. */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0\u3000\u200b]/gu, '');
const occurrences = (text: string, word: string) => fold(text).split(fold(word)).length - 1;

/** The file's text as other tools read it: pdftotext for the PDF, the runs of word/document.xml for the .docx. */
function truthText(ext: Ext): string {
  const path = samplePath(SAMPLE, ext);
  if (ext === 'pdf') return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (ext === 'txt') return readFileSync(path, 'utf8');
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

type Ext = 'pdf' | 'docx' | 'txt';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

beforeAll(async () => {
  app = await startE2eApp({ reviewPaths });
  page = app.page;
});

afterAll(() => app?.close());

const SCROLLERS: Record<Ext, string> = { pdf: 'pdf-scroll', docx: 'html-view', txt: 'text-view' };
const scroller = (ext: Ext) => `[data-testid="${SCROLLERS[ext]}"]`;

/** The visible rectangle of the source pane's scroller and the box of the current hit, in viewport pixels. */
async function currentHit(p: Page, ext: Ext): Promise<{ pane: Box; hit: Box | null; scrollTop: number }> {
  return p.evaluate(
    ({ sel, pdf }) => {
      const el = document.querySelector(sel) as HTMLElement;
      const r = el.getBoundingClientRect();
      const pane = { x: r.x + el.clientLeft, y: r.y + el.clientTop, width: el.clientWidth, height: el.clientHeight };
      let boxes: DOMRect[] = [];
      if (pdf) boxes = [...document.querySelectorAll('[data-testid="pdf-search-current"]')].map((e) => e.getBoundingClientRect());
      else {
        const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('review-search-current');
        boxes = hl ? [...hl].map((range) => range.getBoundingClientRect()) : [];
      }
      if (boxes.length === 0) return { pane, hit: null, scrollTop: el.scrollTop };
      const x = Math.min(...boxes.map((b) => b.left));
      const y = Math.min(...boxes.map((b) => b.top));
      const width = Math.max(...boxes.map((b) => b.right)) - x;
      const height = Math.max(...boxes.map((b) => b.bottom)) - y;
      return { pane, hit: { x, y, width, height }, scrollTop: el.scrollTop };
    },
    { sel: scroller(ext), pdf: ext === 'pdf' },
  );
}

const inside = (b: Box | null, pane: Box) =>
  !!b && b.x >= pane.x - 1 && b.y >= pane.y - 1 && b.x + b.width <= pane.x + pane.width + 1 && b.y + b.height <= pane.y + pane.height + 1;

/** How many hits are lit (all faintly, one strongly): PDF boxes by hit, or the ranges of the two custom highlights. */
async function litHits(p: Page, ext: Ext): Promise<number> {
  if (ext !== 'pdf')
    return p.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return (h.get('review-search')?.size ?? 0) + (h.get('review-search-current')?.size ?? 0);
    });
  // A PDF hit is one box, or two when it wraps a line: count the current one and the faint ones.
  return p.locator('[data-testid="pdf-search-hit"], [data-testid="pdf-search-current"]').count();
}

const status = (p: Page) => p.getByTestId('search-status').textContent();
const activeTestId = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);
const windowScroll = (p: Page) => p.evaluate(() => [window.scrollX, window.scrollY, document.documentElement.scrollTop, document.body.scrollTop]);

describe.each(['pdf', 'docx', 'txt'] as const)('Ctrl+F in the %s of sample 002', (ext) => {
  it('finds 本机关不掌握 and a frequent word as often as the file has them, lights them, steps with F3 / Shift+F3 / Enter, the view following; Esc closes', async () => {
    const truth = truthText(ext);
    const rare = occurrences(truth, RARE);
    const often = occurrences(truth, OFTEN);
    expect(rare).toBeGreaterThanOrEqual(1);
    expect(often).toBeGreaterThan(5);

    app.answerOpenDialog([samplePath(SAMPLE, ext)]);
    await page.getByTestId('open').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.getByTestId('report-bar').textContent(), { timeout: 60_000 }).toContain(`.${ext}`);
    await page.locator(scroller(ext)).waitFor({ timeout: 60_000 });
    if (ext === 'pdf') await page.locator('.pdf-page canvas').first().waitFor();
    else if (ext === 'docx') await page.locator('.html-view [data-anchor]').first().waitFor();

    // Ctrl+F from the source text; the menu's accelerator may send `find` too: still one bar, focused.
    await page.locator(scroller(ext)).focus();
    await page.keyboard.press('Control+f');
    await page.evaluate(() => (window as unknown as { __reviewEmit(kind: string, v: unknown): void }).__reviewEmit('menu', 'find'));
    await expect.poll(() => page.getByTestId('search-bar').count()).toBe(1);
    await expect.poll(() => activeTestId(page)).toBe('search-input');

    await page.keyboard.type(RARE);
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe(`第 1 / ${rare} 个`);
    await expect.poll(() => litHits(page, ext)).toBeGreaterThanOrEqual(rare);
    await expect
      .poll(async () => {
        const { pane, hit } = await currentHit(page, ext);
        return inside(hit, pane);
      })
      .toBe(true);

    // A word the report has many times: every hit lit, the first current.
    await page.keyboard.press('Control+a');
    await page.keyboard.type(OFTEN);
    await expect.poll(() => status(page), { timeout: 20_000 }).toBe(`第 1 / ${often} 个`);
    if (ext !== 'pdf') await expect.poll(() => litHits(page, ext)).toBe(often);
    else await expect.poll(() => litHits(page, ext)).toBeGreaterThanOrEqual(often);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-search-${ext}-1366.png`) });

    // F3 steps forward (the view follows, to later pages too), Shift+F3 back, Enter in the field forward.
    const tops: number[] = [];
    for (let i = 2; i <= Math.min(often, 12); i++) {
      await page.keyboard.press('F3');
      await expect.poll(() => status(page)).toBe(`第 ${i} / ${often} 个`);
      await expect
        .poll(async () => {
          const { pane, hit } = await currentHit(page, ext);
          return inside(hit, pane);
        })
        .toBe(true);
      tops.push((await currentHit(page, ext)).scrollTop);
    }
    // The hits lie further down the report: the pane scrolled to them.
    expect(Math.max(...tops)).toBeGreaterThan(tops[0]);
    const at = Math.min(often, 12);
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => status(page)).toBe(`第 ${at - 1} / ${often} 个`);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe(`第 ${at} / ${often} 个`);
    // A new query starts at its first hit; back from the first to the last, wrapping: the view goes up and down alike.
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('search-input').fill(OFTEN);
    await expect.poll(() => status(page)).toBe(`第 1 / ${often} 个`);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => status(page)).toBe(`第 ${often} / ${often} 个`);
    await expect
      .poll(async () => {
        const { pane, hit } = await currentHit(page, ext);
        return inside(hit, pane);
      })
      .toBe(true);

    // Nothing found says so.
    await page.getByTestId('search-input').fill('审阅不存在的词语');
    await expect.poll(() => status(page)).toBe('无结果');
    await expect.poll(() => litHits(page, ext)).toBe(0);

    // At 1024×700 the bar and the source pane's tools still fit on their rows.
    await page.getByTestId('search-input').fill(OFTEN);
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => status(page)).toBe(`第 1 / ${often} 个`);
    await page.screenshot({ path: join(ARTIFACTS, `e2e-search-${ext}-1024.png`) });
    const rows = await page.evaluate(() =>
      ['.search-bar', '.source-toolbar'].map((sel) => {
        const el = document.querySelector(sel) as HTMLElement;
        const kids = [...el.children].filter((c) => (c as HTMLElement).offsetWidth > 0).map((c) => c.getBoundingClientRect());
        const mid = kids.map((k) => k.top + k.height / 2);
        return {
          overflow: el.scrollWidth - el.clientWidth,
          spread: Math.max(...mid) - Math.min(...mid),
          right: Math.max(...kids.map((k) => k.right)) - el.getBoundingClientRect().right,
        };
      }),
    );
    for (const r of rows) {
      expect(r.overflow, JSON.stringify(rows)).toBeLessThanOrEqual(0);
      expect(r.spread).toBeLessThanOrEqual(4);
      expect(r.right).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // Esc closes the bar, clears the hits and gives the focus back to the source text.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('search-bar').count()).toBe(0);
    await expect.poll(() => litHits(page, ext)).toBe(0);
    await expect.poll(() => activeTestId(page)).toBe(SCROLLERS[ext]);
    // The report is still open (Esc peeled one layer only), and the window never scrolled.
    expect(await page.getByTestId('report-bar').count()).toBe(1);
    expect(await windowScroll(page)).toEqual([0, 0, 0, 0]);
  });
});

describe('F1: the shortcut list', () => {
  it('opens with F1 as a modal dialog that keeps the focus, closes with Esc and gives the focus back', async () => {
    await page.locator('[data-testid="text-view"]').focus();
    await page.keyboard.press('F1');
    const dialog = page.getByTestId('help-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="help-dialog"]'))).toBe(true);
    expect(await dialog.textContent()).toContain('Ctrl+F');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-help-1366.png') });
    // Tab and Shift+Tab stay inside.
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="help-dialog"]'))).toBe(true);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    const fit = await dialog.evaluate((d) => {
      const r = d.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    });
    expect(fit).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-help-1024.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => activeTestId(page)).toBe('text-view');
    // Esc went to the dialog only: the report stays open.
    expect(await page.getByTestId('report-bar').count()).toBe(1);

    // Also from 更多 → 快捷键（F1）.
    await page.getByTestId('toolbar-more').click();
    await page.getByTestId('help-open').click();
    await expect.poll(() => dialog.count()).toBe(1);
    await page.getByTestId('help-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await windowScroll(page)).toEqual([0, 0, 0, 0]);
  });
});
