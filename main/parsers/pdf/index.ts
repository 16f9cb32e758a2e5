import { checkPdfBudget } from '../pdfBudget';
import type { LayoutDocument } from '../../../shared/model';
import { DEFAULT_OCR_LIMITS } from '../ocr/ocrLimits';
import { ParseError } from '../parseError';
import type { ParsedDocument, ParseLimits } from '../types';
import { assembleBlocks } from './assemble';
import type { PageGeometry } from './geometry';
import { buildPageBlocks } from './pageBlocks';
import { runningHeads } from './text/pageFurniture';
import { readPdf, type ReadPdfOptions } from './readPdf';

/** Fewer visible characters than this in the whole file means there is no text layer. */
const MIN_TEXT_CHARS = 20;

/**
 * Parses a PDF into the format-neutral layout: paragraphs (one anchor rectangle per line) and
 * tables rebuilt from their rulings (or, drawn without any, from the positions of their text), in reading order, page numbers dropped. Anchors are
 * `{ kind: 'pdf', page, rects }` in PDF user space (points, origin bottom-left, y up).
 *
 * Pages that are scanned images (an image and no text) are read by OCR, each page on its own,
 * so that a mixed PDF takes its text pages as text and only its scanned pages by OCR; OCR yields
 * the same page geometry, and everything after it is the same for both.
 */
export async function parsePdf(bytes: Uint8Array, limits: ParseLimits, options?: ReadPdfOptions): Promise<ParsedDocument> {
  checkPdfBudget(bytes, limits.maxPages);
  limits.onPdfAccepted?.();
  const content = await readPdf(bytes, limits, options);
  const warnings: string[] = [];
  let pages: PageGeometry[] = content.pages;
  // Loaded only for scans: OCR brings tesseract.js and the canvas.
  const { pagesNeedingOcr } = await import('../ocr/ocrPdf');
  const scanned = pagesNeedingOcr(content.pages);
  if (scanned.length > 0) {
    const { ocrPdfPages } = await import('../ocr/ocrPdf');
    const { unskewAnchors } = await import('../ocr/unskew');
    const { correctLargeType } = await import('../ocr/largeType');
    const { correctOrganNames } = await import('../ocr/organNames');
    const read = await ocrPdfPages(bytes, scanned, limits.ocr ?? DEFAULT_OCR_LIMITS, limits.ocrHooks);
    // Names of bodies are set right by the list of them, then the title in large type by the
    // same words in the body text.
    pages = correctLargeType(correctOrganNames(content.pages.map((p) => read.get(p.page)?.geometry ?? p)));
    const turns = new Map([...read].map(([n, r]) => [n, { turn: r.turn, skew: r.skew, width: r.geometry.width, height: r.geometry.height }]));
    const low = [...read.values()].reduce((n, r) => n + r.lowConfidence, 0);
    warnings.push(
      `第 ${pageList(scanned)} 页是扫描图像，已用文字识别（OCR）读取${low > 0 ? `，其中 ${low} 处识别把握不足，标为“需核对”` : ''}；请对照原件核对识别出的数字。`,
    );
    const pageTurns = Object.fromEntries([...read].filter(([, r]) => r.righted !== 0).map(([n, r]) => [n, r.righted]));
    const turned = Object.keys(pageTurns).map(Number);
    if (turned.length > 0) warnings.push(`第 ${pageList(turned)} 页扫描时是横放或倒放的，已转正后识别。`);
    const blocks = unskewAnchors(assembleBlocks(rebuildPages(pages)), turns);
    const layout = finish(content.pageCount, blocks, warnings, pages, content.imagePages);
    return { layout: turned.length > 0 ? { ...layout, pageTurns } : layout };
  }
  return { layout: finish(content.pageCount, assembleBlocks(rebuildPages(pages)), warnings, pages, content.imagePages) };
}

/** Each page rebuilt (pageBlocks.ts), with the lines that run over the document's pages dropped. */
function rebuildPages(pages: readonly PageGeometry[]) {
  const heads = runningHeads(pages);
  return pages.map((page) => buildPageBlocks(page, heads));
}

function finish(pageCount: number, blocks: LayoutDocument['blocks'], warnings: string[], pages: readonly PageGeometry[], imagePages: number): LayoutDocument {
  const chars = pages.reduce((sum, p) => sum + p.runs.reduce((s, r) => s + r.text.length, 0), 0);
  if (chars < MIN_TEXT_CHARS) {
    const why = imagePages > 0 ? '页面是图片，文字识别（OCR）也未读出文字' : '页面上没有可读的文字';
    throw new ParseError('scanned', `此 PDF 没有可读的文字（${why}），无法审阅。`);
  }
  return { format: 'pdf', pageCount, blocks, warnings };
}

/** `1–7` for a run of pages, `2、5、6` otherwise. */
function pageList(pages: readonly number[]): string {
  const contiguous = pages.every((p, i) => i === 0 || p === pages[i - 1] + 1);
  return contiguous && pages.length > 2 ? `${pages[0]}–${pages[pages.length - 1]}` : pages.join('、');
}
