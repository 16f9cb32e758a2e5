import type { Box, PageGeometry } from '../geometry';
import { groupLines, type TextLine } from './lines';

// `- 3 -`, `—3—`, `3`, `第 3 页`, `第3页 共5页`, `3/5`, `Page 3`: page numbers in all the ways
// Chinese producers print them.
const PAGE_NUMBER = /^[\s\-—–－~·]*(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*(?:\/\s*\d+)?|page\s*\d+(?:\s*of\s*\d+)?)[\s\-—–－~·]*$/iu;

/** How far from the top or bottom edge (fraction of the page height) headers and footers sit. */
const MARGIN_BAND = 0.12;

/** True for a box in the top or bottom band of a page, where headers and footers sit. */
function inMarginBand(box: Box, pageHeight: number): boolean {
  return box.top < pageHeight * MARGIN_BAND || box.bottom > pageHeight * (1 - MARGIN_BAND);
}

/**
 * True for a header or footer line that only numbers the page: it must read like a page number
 * and sit in the top or bottom band of the page, so that a table value `3` is never dropped.
 */
export function isPageNumberLine(line: TextLine, pageHeight: number): boolean {
  return inMarginBand(line, pageHeight) && PAGE_NUMBER.test(line.text);
}

/** How far apart (points) the same running head may stand on two pages. */
const HEAD_STEP = 4;

/**
 * A margin line as it repeats from page to page: its edge and its distance from it, and its text
 * with numbers (page, date, time) and spaces aside. The place counts, so that a title set in the
 * top band of page 1 with the words of the running head above the other pages is not taken for it.
 */
function runningKey(line: TextLine, pageHeight: number): string {
  const top = line.bottom > pageHeight * (1 - MARGIN_BAND);
  const distance = Math.round((top ? pageHeight - line.top : line.bottom) / HEAD_STEP);
  return `${top ? '↑' : '↓'}${distance} ${line.text.replace(/[\s\u00a0\u3000]+/gu, '').replace(/\d+/g, '#')}`;
}

/** The fewest pages a line must repeat on to be a running head (and at least half the pages). */
const MIN_PAGES = 3;

/**
 * The running heads and feet of a document: lines in the margin bands that repeat in the same
 * place on at least 3 pages and half of them, numbers aside — a journal's or an office's name over every page, and
 * what a browser prints around a web page saved as PDF (`11/29/26, 1:54 PM <title>` above,
 * `file:///…/report.html 1/9` below), which would otherwise be the first line of the report
 * and run into its paragraphs and tables. A line that appears once, like the title, never is.
 */
export function runningHeads(pages: readonly PageGeometry[]): Set<string> {
  const need = Math.max(MIN_PAGES, Math.ceil(pages.length / 2));
  if (pages.length < need) return new Set();
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of groupLines(page.runs.filter((r) => inMarginBand(r, page.height)))) {
      if (line.text.replace(/[\d\s]/gu, '').length >= 2) keys.add(runningKey(line, page.height));
    }
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, pagesWith]) => pagesWith >= need).map(([key]) => key));
}

/** True for a line in the margin bands that is one of the document's running heads. */
export function isRunningHead(line: TextLine, pageHeight: number, heads: ReadonlySet<string>): boolean {
  return heads.size > 0 && inMarginBand(line, pageHeight) && heads.has(runningKey(line, pageHeight));
}
