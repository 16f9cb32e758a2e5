/**
 * Plain page geometry, the hand-over between the pdf.js reader and the PDF-free table and
 * paragraph rebuilding, so that those can be unit-tested on synthetic layouts.
 *
 * Coordinate convention (the one shared/model/anchor.ts documents): PDF user space in points,
 * origin at the page's bottom-left, y growing upwards. Boxes are stored as edges
 * (left/right/bottom/top) because the rebuilding compares edges far more than it uses sizes.
 */

/** An axis-aligned box in PDF points, y up. */
export interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** A piece of text as drawn: one pdf.js text item, or part of one after splitting at spaces. */
export interface TextRun extends Box {
  text: string;
  /** Font size in points (for gaps and line spacing). */
  size: number;
  /** True for text set top-to-bottom (a vertical font). */
  vertical?: boolean;
  /** True when the source drew a space character right before this run (kept when joining). */
  spaceBefore?: boolean;
  /** For text read by OCR: the reader's confidence, 0–100. */
  confidence?: number;
}

/** A straight axis-aligned ruling: a stroked line, a rectangle edge or a thin filled bar. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the reader takes from one page. */
export interface PageGeometry {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  /** True when the page paints an image (a scanned page is one image and no text). */
  hasImage?: boolean;
}

/** Box of a list of boxes (undefined for none). */
export function unionBox(boxes: readonly [Box, ...Box[]]): Box;
export function unionBox(boxes: readonly Box[]): Box | undefined;
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let left = Infinity;
  let right = -Infinity;
  let bottom = Infinity;
  let top = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
    bottom = Math.min(bottom, b.bottom);
    top = Math.max(top, b.top);
  }
  return { left, right, bottom, top };
}

/** The anchor rectangle of a box (x, y = bottom-left corner). */
export function boxToRect(box: Box): { x: number; y: number; width: number; height: number } {
  const round = (v: number): number => Math.round(v * 100) / 100;
  return {
    x: round(box.left),
    y: round(box.bottom),
    width: round(box.right - box.left),
    height: round(box.top - box.bottom),
  };
}
