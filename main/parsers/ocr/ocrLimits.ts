/** Limits of the OCR of one file: OCR takes seconds per page. */
export interface OcrLimits {
  /** Most pages read by OCR in one file. */
  maxPages: number;
  /** Give up the OCR of a file after this many milliseconds. */
  timeoutMs: number;
}

/** Progress of a file's OCR: `done` of `total` pages read. */
export interface OcrProgress {
  done: number;
  total: number;
  page: number;
}

/** What the OCR is told from outside: progress, and a signal to stop. */
export interface OcrHooks {
  /** After each page: `done` pages of `total` read, the last one `page`. */
  onProgress?: (progress: OcrProgress) => void;
  /** Before each page: `done` pages of `total` read, `page` (the PDF's page number) starts now. */
  onPageStart?: (progress: OcrProgress) => void;
  signal?: AbortSignal;
}

/** Defaults: a long report scanned (30 pages at a few seconds each), with room to spare. */
export const DEFAULT_OCR_LIMITS: OcrLimits = { maxPages: 60, timeoutMs: 600_000 };
