import type { TextLine } from './lines';

// `- 3 -`, `—3—`, `3`, `第 3 页`, `第3页 共5页`, `3/5`, `Page 3`: page numbers in all the ways
// Chinese producers print them.
const PAGE_NUMBER = /^[\s\-—–－~·]*(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*(?:\/\s*\d+)?|page\s*\d+(?:\s*of\s*\d+)?)[\s\-—–－~·]*$/iu;

/** How far from the top or bottom edge (fraction of the page height) headers and footers sit. */
const MARGIN_BAND = 0.12;

/**
 * True for a header or footer line that only numbers the page: it must read like a page number
 * and sit in the top or bottom band of the page, so that a table value `3` is never dropped.
 */
export function isPageNumberLine(line: TextLine, pageHeight: number): boolean {
  const inBand = line.top < pageHeight * MARGIN_BAND || line.bottom > pageHeight * (1 - MARGIN_BAND);
  return inBand && PAGE_NUMBER.test(line.text);
}
