import type { Rect } from '../../../shared/model';
import { findMatches, type TextMatch, type TextPiece } from './textSearch';

/** The parts of a pdf.js text item the search needs (baseline origin, PDF user space). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  dir?: string;
}

/** One page's text items, in pdf.js's order. */
export interface PdfPageText {
  page: number;
  items: PdfTextItem[];
}

/** One match on the PDF: its boxes in PDF points, page by page (a match may wrap a line). */
export interface PdfHit {
  page: number;
  rects: Rect[];
}

/** The em width of a character, as main's parser estimates it: CJK and full-width 1, others ½. */
function charEm(ch: string): number {
  return (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
}

function fontSize(item: PdfTextItem): number {
  const [a, b, c, d] = item.transform;
  return Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
}

function isVertical(item: PdfTextItem): boolean {
  const [a, b] = item.transform;
  return item.dir === 'ttb' || Math.abs(b) > Math.abs(a);
}

/**
 * The pages' items as search pieces. Each page starts a new place, and so does an item standing
 * on the same line as the text before it but more than 1.5 em to its right (another column of a
 * table: its 0 must not join the 1 before it into 10); text wrapping to the next line, or drawn
 * character by character with spaces, joins.
 */
export function pdfPieces(pages: readonly PdfPageText[]): { pieces: TextPiece[]; owners: Array<{ page: number; item: PdfTextItem }> } {
  const pieces: TextPiece[] = [];
  const owners: Array<{ page: number; item: PdfTextItem }> = [];
  for (const { page, items } of pages) {
    let prev: PdfTextItem | null = null;
    let first = true;
    for (const item of items) {
      let breakBefore = first;
      const blank = !item.str.trim();
      if (!blank && prev && !isVertical(item) && !isVertical(prev)) {
        const size = Math.max(fontSize(item), fontSize(prev));
        const sameLine = Math.abs(item.transform[5] - prev.transform[5]) < size * 0.5;
        const gap = item.transform[4] - (prev.transform[4] + prev.width);
        if (sameLine && gap > size * 1.5) breakBefore = true;
      }
      pieces.push({ text: item.str, breakBefore });
      owners.push({ page, item });
      first = false;
      if (!blank) prev = item;
    }
  }
  return { pieces, owners };
}

/**
 * The box of characters [start, end) of an item, in PDF points: positions inside the item are
 * estimated from the characters' widths, scaled to the item's width (as main's parser does).
 */
export function itemSpanRect(item: PdfTextItem, start: number, end: number): Rect {
  const [, , , , e, f] = item.transform;
  const size = fontSize(item);
  if (isVertical(item)) return { x: e, y: f - item.height, width: Math.max(item.width, size), height: item.height || size };
  const chars = [...item.str];
  // Code unit offsets to character offsets (a character outside the BMP is two units).
  let unit = 0;
  let emStart = 0;
  let emEnd = 0;
  let total = 0;
  for (const ch of chars) {
    const em = charEm(ch);
    if (unit < start) emStart += em;
    if (unit < end) emEnd += em;
    total += em;
    unit += ch.length;
  }
  const width = item.width > 0 ? item.width : total * size;
  const scale = total > 0 ? width / total : 0;
  return { x: e + emStart * scale, y: f - size * 0.2, width: Math.max(1, (emEnd - emStart) * scale), height: size };
}

/** Where each match lies on the pages: one rect per item it touches, grouped by page. */
export function pdfHits(pages: readonly PdfPageText[], query: string): PdfHit[][] {
  const { pieces, owners } = pdfPieces(pages);
  return findMatches(pieces, query).map((m: TextMatch) => {
    const byPage: PdfHit[] = [];
    for (const span of m) {
      const { page, item } = owners[span.piece];
      if (!item.str.slice(span.start, span.end).trim()) continue;
      const rect = itemSpanRect(item, span.start, span.end);
      const last = byPage[byPage.length - 1];
      if (!last || last.page !== page) {
        byPage.push({ page, rects: [rect] });
        continue;
      }
      // Items next to each other on one line make one box.
      const r = last.rects[last.rects.length - 1];
      if (Math.abs(r.y - rect.y) < rect.height * 0.3 && rect.x >= r.x && rect.x - (r.x + r.width) < rect.height) {
        const right = Math.max(r.x + r.width, rect.x + rect.width);
        r.height = Math.max(r.height, rect.height);
        r.width = right - r.x;
      } else last.rects.push(rect);
    }
    return byPage;
  });
}
