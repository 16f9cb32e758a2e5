import type { Segment } from './geometry';

/** The pdf.js operator numbers this module reads (pdf.js's `OPS`), passed in to keep it testable. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

// pdf.js DrawOPS: the path buffer of a constructPath op is a flat list of these codes and points.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE_PATH = 4;

/** A filled bar thinner than this (points) is a ruling drawn as a rectangle, as Word does. */
const MAX_BAR_THICKNESS = 2.5;
/** How far from axis-aligned a line may be (points over its length) and still count. */
const AXIS_TOLERANCE = 0.5;

/**
 * Turns a page's operator list into the straight horizontal and vertical rulings it draws:
 * stroked lines and rectangle edges, and thin filled bars (not white ones, which only paint
 * backgrounds). Path points are in the current transformation matrix, so the matrix is tracked
 * through save/restore/transform and form XObjects; the result is in PDF user space (y up).
 */
export function segmentsFromOperators(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: OpCodes): Segment[] {
  const segments: Segment[] = [];
  const stack: Array<{ ctm: Matrix; white: boolean }> = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let whiteFill = false;
  const strokeOps = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fillOps = new Set([ops.fill, ops.eoFill]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push({ ctm, white: whiteFill });
    else if (fn === ops.restore) {
      const top = stack.pop();
      if (top) ({ ctm, white: whiteFill } = top);
    } else if (fn === ops.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push({ ctm, white: whiteFill });
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) {
      const top = stack.pop();
      if (top) ({ ctm, white: whiteFill } = top);
    } else if (fn === ops.setFillRGBColor && args) {
      whiteFill = typeof args[0] === 'string' && /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(args[0]);
    } else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!data) continue;
      if (strokeOps.has(paint)) strokedSegments(data, ctm, segments);
      else if (fillOps.has(paint) && !whiteFill) filledBar(data, ctm, segments);
    }
  }
  return segments;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied first, then n (PDF's `cm` pre-multiplies the current matrix).
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function pushAxisAligned(x0: number, y0: number, x1: number, y1: number, out: Segment[]): void {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dx < 0.1 && dy < 0.1) return;
  if (dy <= AXIS_TOLERANCE) {
    const y = (y0 + y1) / 2;
    out.push({ x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y });
  } else if (dx <= AXIS_TOLERANCE) {
    const x = (x0 + x1) / 2;
    out.push({ x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) });
  }
}

function strokedSegments(data: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < data.length;) {
    const code = data[k++];
    if (code === MOVE_TO) {
      [cx, cy] = apply(ctm, data[k], data[k + 1]);
      [sx, sy] = [cx, cy];
      k += 2;
    } else if (code === LINE_TO) {
      const [x, y] = apply(ctm, data[k], data[k + 1]);
      pushAxisAligned(cx, cy, x, y, out);
      [cx, cy] = [x, y];
      k += 2;
    } else if (code === CURVE_TO) {
      [cx, cy] = apply(ctm, data[k + 4], data[k + 5]);
      k += 6;
    } else if (code === QUAD_TO) {
      [cx, cy] = apply(ctm, data[k + 2], data[k + 3]);
      k += 4;
    } else if (code === CLOSE_PATH) {
      pushAxisAligned(cx, cy, sx, sy, out);
      [cx, cy] = [sx, sy];
    } else return; // unknown code: the rest of the buffer cannot be decoded safely
  }
}

/** A filled path that is one thin axis-aligned rectangle becomes the ruling along its middle. */
function filledBar(data: ArrayLike<number>, ctm: Matrix, out: Segment[]): void {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < data.length;) {
    const code = data[k++];
    if (code === MOVE_TO || code === LINE_TO) {
      const [x, y] = apply(ctm, data[k], data[k + 1]);
      xs.push(x);
      ys.push(y);
      k += 2;
    } else if (code === CLOSE_PATH) continue;
    else return; // curves: not a bar
  }
  if (xs.length < 4 || xs.length > 5) return;
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const bottom = Math.min(...ys);
  const top = Math.max(...ys);
  // Every corner must sit on the bounding box, or it is some other polygon.
  for (let p = 0; p < xs.length; p++) {
    const onX = Math.abs(xs[p] - left) < 0.2 || Math.abs(xs[p] - right) < 0.2;
    const onY = Math.abs(ys[p] - bottom) < 0.2 || Math.abs(ys[p] - top) < 0.2;
    if (!onX || !onY) return;
  }
  const w = right - left;
  const h = top - bottom;
  if (h <= MAX_BAR_THICKNESS && w > h) out.push({ x0: left, y0: (bottom + top) / 2, x1: right, y1: (bottom + top) / 2 });
  else if (w <= MAX_BAR_THICKNESS && h > w) out.push({ x0: (left + right) / 2, y0: bottom, x1: (left + right) / 2, y1: top });
}
