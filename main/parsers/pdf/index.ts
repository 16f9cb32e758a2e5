import { checkPdfBudget } from '../budgets';
import type { LayoutDocument } from '../../../shared/model';
import { ParseError } from '../parseError';
import type { ParsedDocument, ParseLimits } from '../types';
import { assembleBlocks } from './assemble';
import { buildPageBlocks } from './pageBlocks';
import { readPdf } from './readPdf';

/** Fewer visible characters than this in the whole file means there is no text layer. */
const MIN_TEXT_CHARS = 20;

/**
 * Parses a PDF into the format-neutral layout: paragraphs (one anchor rectangle per line) and
 * tables rebuilt from their rulings (or, drawn without any, from the positions of their text), in reading order, page numbers dropped. Anchors are
 * `{ kind: 'pdf', page, rects }` in PDF user space (points, origin bottom-left, y up).
 */
export async function parsePdf(bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  checkPdfBudget(bytes);
  const content = await readPdf(bytes, limits);
  const chars = content.pages.reduce((sum, p) => sum + p.runs.reduce((s, r) => s + r.text.length, 0), 0);
  if (chars < MIN_TEXT_CHARS) {
    const why = content.imagePages > 0 ? '页面是图片（扫描件）' : '页面上没有可读的文字';
    throw new ParseError('scanned', `此 PDF 没有文字层（${why}），需要先做文字识别（OCR）才能审阅；OCR 功能尚未提供。`);
  }
  const layout: LayoutDocument = {
    format: 'pdf',
    pageCount: content.pageCount,
    blocks: assembleBlocks(content.pages.map(buildPageBlocks)),
    warnings: [],
  };
  return { layout };
}
