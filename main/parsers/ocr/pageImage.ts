/**
 * The picture of a scanned PDF page for OCR, made without a canvas: a scan is one image (or a
 * few: strips, a background and a black-and-white layer) painted on the page. pdf.js decodes
 * every image in its worker (JPEG, JPEG 2000, JBIG2, CCITT, Flate; no canvas needed) and names
 * it in the page's operator list; here the images are placed with the transformation matrix the
 * operator list builds up and sampled onto a white page at the OCR resolution. This is what
 * lets the packaged app, which does not ship @napi-rs/canvas, read scans.
 *
 * Only images are drawn: text and vector paths are left out. Pages that need OCR carry (almost)
 * no text (pagesNeedingOcr), and a scan's table rulings are pixels of the image.
 */

/** An affine matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF's order). */
export type Matrix = [number, number, number, number, number, number];

/** m applied after n (pdf.js's Util.transform(m, n)). */
export function multiply(m: readonly number[], n: readonly number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/**
 * Decoded pixels of one image, as pdf.js hands them over: `kind` 1 is one bit per pixel (1 =
 * white, rows padded to a byte), 2 is RGB, 3 is RGBA; rows top to bottom.
 */
export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A stencil mask (PDF's /ImageMask): one bit per pixel, 0 = paint with `colour`, 1 = leave. */
export interface MaskImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  colour: [number, number, number];
}

/** One thing to draw: an image or a mask, and the matrix taking its unit square to device pixels. */
export type Placed = { image: DecodedImage; matrix: Matrix } | { mask: MaskImage; matrix: Matrix } | { fill: [number, number, number]; matrix: Matrix };

/** An RGBA page: white where nothing is painted. */
export interface RgbaPage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Pixels of one source in a uniform shape: 1 (grey, or coverage of a mask), 3 or 4 channels. */
interface Pixels {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** Paints the placed images, in order, onto a white RGBA page of width × height pixels. */
export function composePage(width: number, height: number, placed: readonly Placed[]): RgbaPage {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const page = { width, height, data };
  for (const p of placed) {
    if ('image' in p) paint(page, pixelsOf(p.image), p.matrix, null);
    else if ('mask' in p) paint(page, maskCoverage(p.mask), p.matrix, p.mask.colour);
    else paint(page, { width: 1, height: 1, channels: 1, data: new Uint8Array([255]) }, p.matrix, p.fill);
  }
  return page;
}

function pixelsOf(img: DecodedImage): Pixels {
  const { width, height, kind, data } = img;
  if (kind === 2) return { width, height, channels: 3, data };
  if (kind === 3) return { width, height, channels: 4, data };
  // One bit per pixel, 1 = white: spread to bytes.
  const out = new Uint8Array(width * height);
  const stride = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    for (let x = 0; x < width; x++) out[y * width + x] = (data[row + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
  }
  return { width, height, channels: 1, data: out };
}

/** A mask's bits as coverage: 255 where it paints (bit 0), 0 where it leaves the page. */
function maskCoverage(mask: MaskImage): Pixels {
  const { width, height, data } = mask;
  const out = new Uint8Array(width * height);
  const stride = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    for (let x = 0; x < width; x++) out[y * width + x] = (data[row + (x >> 3)] >> (7 - (x & 7))) & 1 ? 0 : 255;
  }
  return { width, height, channels: 1, data: out };
}

/**
 * Averages boxes of kx × ky source pixels into one: a source much finer than the page (a
 * 600 dpi scan read at 300) is reduced first, so that thin strokes and rulings are kept as grey
 * rather than skipped by the sampling.
 */
export function reduce(src: Pixels, kx: number, ky: number): Pixels {
  const { width: w, height: h, channels: ch, data } = src;
  const ow = Math.ceil(w / kx);
  const oh = Math.ceil(h / ky);
  const out = new Uint8Array(ow * oh * ch);
  const sums = new Float64Array(ow * ch);
  const counts = new Float64Array(ow);
  for (let oy = 0; oy < oh; oy++) {
    sums.fill(0);
    counts.fill(0);
    for (let y = oy * ky; y < Math.min(h, (oy + 1) * ky); y++) {
      for (let x = 0; x < w; x++) {
        const ox = (x / kx) | 0;
        counts[ox]++;
        for (let c = 0; c < ch; c++) sums[ox * ch + c] += data[(y * w + x) * ch + c];
      }
    }
    for (let ox = 0; ox < ow; ox++) for (let c = 0; c < ch; c++) out[(oy * ow + ox) * ch + c] = Math.round(sums[ox * ch + c] / counts[ox]);
  }
  return { width: ow, height: oh, channels: ch, data: out };
}

/**
 * Paints one source whose unit square `m` takes to device pixels, sampled as pdf.js's canvas
 * does: each device pixel whose centre falls on the source takes the source pixel under it when
 * the image is enlarged by more than a third (a 150 or 200 dpi scan read at 300), else the
 * bilinear mix of the four around it; a source more than twice as fine as the page (a 600 dpi
 * scan) is box-reduced first, so that thin strokes are kept as grey rather than skipped.
 * `colour` set: the source is coverage painted in that colour (a mask, a solid fill).
 */
function paint(page: RgbaPage, src: Pixels, matrix: Matrix, colour: [number, number, number] | null): void {
  const m = snapToPixels(matrix);
  const det = m[0] * m[3] - m[1] * m[2];
  if (!Number.isFinite(det) || Math.abs(det) < 1e-9 || src.width < 1 || src.height < 1) return;
  // Source pixels per device pixel along the source's x and y.
  const rx = src.width / Math.hypot(m[0], m[1]);
  const ry = src.height / Math.hypot(m[2], m[3]);
  const kx = rx >= 2 ? Math.floor(rx) : 1;
  const ky = ry >= 2 ? Math.floor(ry) : 1;
  if (kx > 1 || ky > 1) src = reduce(src, kx, ky);
  // Smoothed unless enlarged by more than a third: pdf.js's canvas rule (getImageSmoothingEnabled).
  const smooth = rx / kx >= 0.75 && ry / ky >= 0.75 && !(Math.abs(rx - 1) < 1e-6 && Math.abs(ry - 1) < 1e-6);
  const { width: w, height: h, channels: ch, data } = src;
  // Device (x, y) → unit (u, v) → source (sx, sy) = (u·w, (1 − v)·h): image rows run top down.
  const [a, b, c, d, e, f] = m;
  const ua = d / det,
    ub = -c / det,
    uc = (c * f - d * e) / det;
  const va = -b / det,
    vb = a / det,
    vc = (b * e - a * f) / det;
  // (A tiny nudge: a device pixel centre that falls exactly between two source pixels, as every
  // third one does at 200 → 300 dpi, takes the earlier one, as pdf.js's canvas does.)
  const A = ua * w,
    B = ub * w,
    C = uc * w - 1e-7;
  const D = -va * h,
    E = -vb * h,
    F = h - vc * h - 1e-7;
  // Device box of the unit square, clipped to the page.
  const xs = [e, a + e, c + e, a + c + e];
  const ys = [f, b + f, d + f, b + d + f];
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(page.width, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(page.height, Math.ceil(Math.max(...ys)));
  const out = page.data;
  if (!smooth && !colour && ch !== 4 && B === 0 && D === 0) {
    // Upright and opaque, the usual scan: each device column has its source column, each row its row.
    const cols = new Int32Array(Math.max(0, x1 - x0));
    for (let x = x0; x < x1; x++) cols[x - x0] = Math.floor(A * (x + 0.5) + C);
    for (let y = y0; y < y1; y++) {
      const sy = Math.floor(E * (y + 0.5) + F);
      if (sy < 0 || sy >= h) continue;
      const row = sy * w;
      let o = (y * page.width + x0) * 4;
      for (let k = 0; k < cols.length; k++, o += 4) {
        const sx = cols[k];
        if (sx < 0 || sx >= w) continue;
        const i = (row + sx) * ch;
        if (ch === 1) out[o] = out[o + 1] = out[o + 2] = data[i];
        else {
          out[o] = data[i];
          out[o + 1] = data[i + 1];
          out[o + 2] = data[i + 2];
        }
      }
    }
    return;
  }
  if (smooth && !colour && ch !== 4 && B === 0 && D === 0) {
    // Upright, opaque and smoothed (a scan a shade finer or coarser than the page): each device
    // column has its source columns and weight, each row its rows, worked out once; the same
    // sums as bilinear() below, so the same pixels.
    const cols = Math.max(0, x1 - x0);
    const colIndex = new Int32Array(cols);
    const colStep = new Int32Array(cols);
    const colT = new Float64Array(cols);
    const inside = new Uint8Array(cols);
    for (let k = 0; k < cols; k++) {
      const sx = A * (x0 + k + 0.5) + C;
      if (sx < 0 || sx >= w) continue;
      inside[k] = 1;
      const fx = Math.min(Math.max(sx - 0.5, 0), w - 1);
      const ix = Math.min(fx | 0, w - 2 < 0 ? 0 : w - 2);
      colIndex[k] = ix * ch;
      colT[k] = w > 1 ? fx - ix : 0;
      colStep[k] = w > 1 ? ch : 0;
    }
    for (let y = y0; y < y1; y++) {
      const sy = E * (y + 0.5) + F;
      if (sy < 0 || sy >= h) continue;
      const fy = Math.min(Math.max(sy - 0.5, 0), h - 1);
      const iy = Math.min(fy | 0, h - 2 < 0 ? 0 : h - 2);
      const ty = h > 1 ? fy - iy : 0;
      const dy = h > 1 ? w * ch : 0;
      const rowStart = iy * w * ch;
      let o = (y * page.width + x0) * 4;
      for (let k = 0; k < cols; k++, o += 4) {
        if (!inside[k]) continue;
        const i = rowStart + colIndex[k];
        const dx = colStep[k];
        const tx = colT[k];
        if (ch === 1) {
          const top = data[i] + (data[i + dx] - data[i]) * tx;
          const bottom = data[i + dy] + (data[i + dy + dx] - data[i + dy]) * tx;
          out[o] = out[o + 1] = out[o + 2] = top + (bottom - top) * ty;
        } else {
          for (let c = 0; c < 3; c++) {
            const top = data[i + c] + (data[i + dx + c] - data[i + c]) * tx;
            const bottom = data[i + dy + c] + (data[i + dy + dx + c] - data[i + dy + c]) * tx;
            out[o + c] = top + (bottom - top) * ty;
          }
        }
      }
    }
    return;
  }
  const rgb = [0, 0, 0, 255];
  for (let y = y0; y < y1; y++) {
    const cy = y + 0.5;
    for (let x = x0; x < x1; x++) {
      const cx = x + 0.5;
      const sx = A * cx + B * cy + C;
      const sy = D * cx + E * cy + F;
      if (sx < 0 || sy < 0 || sx >= w || sy >= h) continue;
      if (smooth) bilinear(data, w, h, ch, sx, sy, rgb);
      else {
        const i = ((sy | 0) * w + (sx | 0)) * ch;
        if (ch === 1) rgb[0] = rgb[1] = rgb[2] = data[i];
        else {
          rgb[0] = data[i];
          rgb[1] = data[i + 1];
          rgb[2] = data[i + 2];
          rgb[3] = ch === 4 ? data[i + 3] : 255;
        }
      }
      const o = (y * page.width + x) * 4;
      if (colour) {
        const alpha = rgb[0] / 255;
        if (alpha === 0) continue;
        out[o] = out[o] + (colour[0] - out[o]) * alpha;
        out[o + 1] = out[o + 1] + (colour[1] - out[o + 1]) * alpha;
        out[o + 2] = out[o + 2] + (colour[2] - out[o + 2]) * alpha;
      } else if (ch === 4 && rgb[3] !== 255) {
        const alpha = rgb[3] / 255;
        out[o] = out[o] + (rgb[0] - out[o]) * alpha;
        out[o + 1] = out[o + 1] + (rgb[1] - out[o + 1]) * alpha;
        out[o + 2] = out[o + 2] + (rgb[2] - out[o + 2]) * alpha;
      } else {
        out[o] = rgb[0];
        out[o + 1] = rgb[1];
        out[o + 2] = rgb[2];
      }
    }
  }
}

/**
 * An upright (or quarter-turned) image's corners moved to whole device pixels, as pdf.js's canvas
 * does (drawImageAtIntegerCoords): a scan then lands on the pixel grid as it would on screen,
 * rows and columns whole, instead of half a pixel off.
 */
export function snapToPixels(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const eps = 1e-9 * (Math.abs(a) + Math.abs(b) + Math.abs(c) + Math.abs(d));
  const span = (from: number, size: number): [number, number] => {
    const start = Math.round(from);
    const end = Math.round(from + size);
    return [start, end !== start ? end - start : Math.sign(size) || 1];
  };
  if (Math.abs(b) <= eps && Math.abs(c) <= eps) {
    const [x, w] = span(e, a);
    const [y, h] = span(f, d);
    return [w, 0, 0, h, x, y];
  }
  if (Math.abs(a) <= eps && Math.abs(d) <= eps) {
    const [x, w] = span(e, c);
    const [y, h] = span(f, b);
    return [0, h, w, 0, x, y];
  }
  return m;
}

/** The source sampled between its pixel centres; `rgb` receives r, g, b and alpha. */
function bilinear(data: Uint8Array | Uint8ClampedArray, w: number, h: number, ch: number, sx: number, sy: number, rgb: number[]): void {
  const fx = Math.min(Math.max(sx - 0.5, 0), w - 1);
  const fy = Math.min(Math.max(sy - 0.5, 0), h - 1);
  const ix = Math.min(fx | 0, w - 2 < 0 ? 0 : w - 2);
  const iy = Math.min(fy | 0, h - 2 < 0 ? 0 : h - 2);
  const tx = w > 1 ? fx - ix : 0;
  const ty = h > 1 ? fy - iy : 0;
  const dx = w > 1 ? ch : 0;
  const dy = h > 1 ? w * ch : 0;
  const i = (iy * w + ix) * ch;
  for (let k = 0; k < (ch === 1 ? 1 : ch); k++) {
    const top = data[i + k] + (data[i + dx + k] - data[i + k]) * tx;
    const bottom = data[i + dy + k] + (data[i + dy + dx + k] - data[i + dy + k]) * tx;
    rgb[k] = top + (bottom - top) * ty;
  }
  if (ch === 1) rgb[1] = rgb[2] = rgb[0];
  if (ch !== 4) rgb[3] = 255;
}

/** The pdf.js operator codes the walk needs (pdf.js's OPS). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginGroup: number;
  endGroup: number;
  setFillRGBColor: number;
  paintImageXObject: number;
  paintImageXObjectRepeat: number;
  paintInlineImageXObject: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObject: number;
  paintImageMaskXObjectRepeat: number;
  paintImageMaskXObjectGroup: number;
  paintSolidColorImageMask: number;
}

/** An operator list as pdf.js builds it. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ReadonlyArray<unknown>;
}

/** pdf.js's decoded image or mask object (a `bitmap` only where OffscreenCanvas exists, never in Node). */
interface PdfjsImageObject {
  width: number;
  height: number;
  kind?: number;
  data: Uint8Array | Uint8ClampedArray | null;
}

/**
 * Walks an operator list as pdf.js's canvas would, keeping only what paints images: the
 * transformation matrix (save/restore, cm, forms and groups), the fill colour (for masks), and
 * every image op with its matrix from the image's unit square to device pixels (`device` is the
 * viewport's transform: page rotation, scale and the flip to top-down rows). `resolve` gives a
 * named image object (pdf.js sends decoded images apart from the operator list).
 */
export async function placedImages(
  ops: OperatorList,
  OPS: ImageOps,
  device: readonly number[],
  resolve: (id: string) => Promise<PdfjsImageObject | null>,
): Promise<Placed[]> {
  const placed: Placed[] = [];
  let ctm: Matrix = [device[0], device[1], device[2], device[3], device[4], device[5]];
  let fill: [number, number, number] = [0, 0, 0];
  const stack: Array<{ ctm: Matrix; fill: [number, number, number] }> = [];
  const push = () => stack.push({ ctm, fill });
  const pop = () => {
    const top = stack.pop();
    if (top) ({ ctm, fill } = top);
  };
  const object = async (ref: unknown, fallback?: unknown): Promise<PdfjsImageObject | null> => {
    const obj = typeof ref === 'string' ? await resolve(ref) : (fallback ?? ref);
    if (!obj || typeof obj !== 'object') return null;
    const o = obj as PdfjsImageObject;
    return o.data && o.width > 0 && o.height > 0 ? o : null;
  };
  const image = (o: PdfjsImageObject, matrix: Matrix): void => {
    if (o.kind === 1 || o.kind === 2 || o.kind === 3) placed.push({ image: o as DecodedImage, matrix });
  };
  const mask = (o: PdfjsImageObject, matrix: Matrix): void => {
    placed.push({ mask: { width: o.width, height: o.height, data: o.data as Uint8Array, colour: fill }, matrix });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.beginGroup:
        push();
        break;
      case OPS.restore:
      case OPS.endGroup:
      case OPS.paintFormXObjectEnd:
        pop();
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        push();
        if (args[0]) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
        break;
      case OPS.setFillRGBColor:
        fill = hexColour(args[0]) ?? fill;
        break;
      case OPS.paintImageXObject: {
        const o = await object(args[0]);
        if (o) image(o, ctm);
        break;
      }
      case OPS.paintInlineImageXObject: {
        const o = await object(args[0]);
        if (o) image(o, ctm);
        break;
      }
      case OPS.paintImageXObjectRepeat: {
        // [id, scaleX, scaleY, positions]: the same image at each position.
        const o = await object(args[0]);
        const [sx, sy, positions] = [args[1] as number, args[2] as number, args[3] as ArrayLike<number>];
        for (let k = 0; o && k + 1 < positions.length; k += 2) image(o, multiply(ctm, [sx, 0, 0, sy, positions[k], positions[k + 1]]));
        break;
      }
      case OPS.paintInlineImageXObjectGroup: {
        // [image, map]: parts of one atlas image, each at its own transform; drawn whole per entry.
        const o = await object(args[0]);
        const map = args[1] as Array<{ transform: number[]; x: number; y: number; w: number; h: number }>;
        for (const entry of o ? map : []) {
          const part = cropImage(o as PdfjsImageObject, entry.x, entry.y, entry.w, entry.h);
          if (part) image(part, multiply(ctm, entry.transform));
        }
        break;
      }
      case OPS.paintImageMaskXObject: {
        const a = args[0] as { data: unknown };
        const o = await object(a?.data, a);
        if (o) mask(o, ctm);
        break;
      }
      case OPS.paintImageMaskXObjectRepeat: {
        // [img, scaleX, skewX, skewY, scaleY, positions]
        const a = args[0] as { data: unknown };
        const o = await object(a?.data, a);
        const [sx, kx, ky, sy, positions] = [args[1] as number, args[2] as number, args[3] as number, args[4] as number, args[5] as ArrayLike<number>];
        for (let k = 0; o && k + 1 < positions.length; k += 2) mask(o, multiply(ctm, [sx, kx, ky, sy, positions[k], positions[k + 1]]));
        break;
      }
      case OPS.paintImageMaskXObjectGroup: {
        for (const entry of (args[0] ?? []) as Array<{ data: unknown; transform: number[] }>) {
          const o = await object(entry.data, entry);
          if (o) mask(o, multiply(ctm, entry.transform));
        }
        break;
      }
      case OPS.paintSolidColorImageMask:
        placed.push({ fill, matrix: ctm });
        break;
    }
  }
  return placed;
}

function hexColour(value: unknown): [number, number, number] | null {
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) {
    const n = parseInt(value.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  if (Array.isArray(value) && value.length >= 3) return [value[0], value[1], value[2]];
  return null;
}

/** A rectangle of an RGB/RGBA image (the atlas of paintInlineImageXObjectGroup). */
function cropImage(o: PdfjsImageObject, x: number, y: number, w: number, h: number): DecodedImage | null {
  const ch = o.kind === 2 ? 3 : o.kind === 3 ? 4 : 0;
  if (!ch || !o.data || w < 1 || h < 1 || x < 0 || y < 0 || x + w > o.width || y + h > o.height) return null;
  const out = new Uint8Array(w * h * ch);
  for (let r = 0; r < h; r++) out.set(o.data.subarray(((y + r) * o.width + x) * ch, ((y + r) * o.width + x + w) * ch), r * w * ch);
  return { width: w, height: h, kind: o.kind as number, data: out };
}
