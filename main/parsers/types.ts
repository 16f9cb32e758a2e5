import type { LayoutDocument } from '../../shared/model';
import { DEFAULT_OCR_LIMITS, type OcrHooks, type OcrLimits } from './ocr/ocrLimits';

/**
 * What a parser returns: the layout for extraction, and what the renderer's left pane shows,
 * built in the same pass so that its `data-anchor` ids are exactly the ones in the anchors.
 */
export interface ParsedDocument {
  layout: LayoutDocument;
  /** Sanitized HTML whose elements carry `data-anchor` ids (docx, html). */
  html?: string;
  /** The decoded text that `text` anchors index into (txt). */
  text?: string;
}

/** Limits every parser honours, so that a hostile or huge file cannot hang the app. */
export interface ParseLimits {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Largest PDF page count read. */
  maxPages: number;
  /** Limits of the OCR of scanned PDF pages (their time comes on top of `timeoutMs`). */
  ocr?: OcrLimits;
  /** Progress and cancelling of OCR; not plain data, so set where the parse runs. */
  ocrHooks?: OcrHooks;
  /**
   * Called by the PDF parser once the file has passed every limit checked before pdf.js reads it
   * (pdfBudget: pages, content streams, operators): from then on the bytes are no bomb and may be
   * shown while they are parsed. Not plain data, so set where the parse runs.
   */
  onPdfAccepted?: () => void;
}

/**
 * The time a whole parse may take: the parse itself, plus the OCR time of `limits.ocr` (the
 * defaults carry it). Limits without `ocr` give OCR no time of its own beyond `timeoutMs`.
 */
export function parseTimeLimitMs(limits: ParseLimits): number {
  return limits.timeoutMs + (limits.ocr?.timeoutMs ?? 0);
}

/** The defaults: generous for real reports (5–30 pages), strict for junk. */
export const DEFAULT_LIMITS: ParseLimits = { timeoutMs: 30_000, maxPages: 500, ocr: DEFAULT_OCR_LIMITS };
