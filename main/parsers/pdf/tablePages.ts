import type { TextRun } from './geometry';
import { groupLines } from './text/lines';

/**
 * A gap this wide (in font sizes) between two runs of one line is a column gap: the line may be a
 * table row. Prose, even justified, stays far below it (spaces, letter spacing ≤ 1 em).
 */
const COLUMN_GAP_EM = 1.5;
/**
 * A page with less text than this gets its operators anyway: whether it paints an image tells a
 * scanned page (OCR takes pages under 10 characters: main/parsers/ocr/ocrPdf.ts), or a sparse table.
 */
const FEW_CHARS = 40;

/**
 * Whether a page may hold (part of) a table, from its text alone, before its operator list is
 * built: only then are its ruling lines needed. A page may hold a table when a line of it has a
 * column gap, when it has vertical text, or when it has little text at all; a page of prose
 * lines only does not. Errs towards yes: a wrong yes costs time, a wrong no would lose a table.
 */
export function mayHoldTable(runs: readonly TextRun[]): boolean {
  let chars = 0;
  for (const run of runs) {
    if (run.vertical) return true;
    chars += run.text.trim().length;
  }
  if (chars < FEW_CHARS) return true;
  for (const line of groupLines(runs)) {
    for (let i = 1; i < line.runs.length; i++) {
      const prev = line.runs[i - 1];
      const run = line.runs[i];
      if (run.left - prev.right > COLUMN_GAP_EM * Math.max(prev.size, run.size)) return true;
    }
  }
  return false;
}
