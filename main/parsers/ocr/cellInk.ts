import { components, crop, type BinaryImage } from './raster';

/** A box in image pixels (x right, y down), edges inclusive–exclusive. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The ink inside a cell: its tight box (page pixels) and the binary crop of it. */
export interface CellInk {
  box: PixelBox;
  image: BinaryImage;
  pixels: number;
}

/**
 * The ink of a cell, its rulings left out: the cell box shrunk by `inset` pixels; in it, the
 * marks of at least `minPixels` pixels (strokes, digits) and the small ones among them (a
 * decimal point), while specks of dust apart from them are dropped. Null for a blank cell.
 */
export function cellInk(bin: BinaryImage, cell: PixelBox, inset: number, minPixels: number, glyph: number): CellInk | null {
  const x0 = Math.round(cell.x0 + inset);
  const y0 = Math.round(cell.y0 + inset);
  const inner = keepMarks(crop(bin, x0, y0, cell.x1 - cell.x0 - 2 * inset, cell.y1 - cell.y0 - 2 * inset), minPixels, glyph);
  let pixels = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < inner.height; y++) {
    for (let x = 0; x < inner.width; x++) {
      if (!inner.data[y * inner.width + x]) continue;
      pixels++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (pixels === 0) return null;
  return {
    box: { x0: x0 + minX, y0: y0 + minY, x1: x0 + maxX + 1, y1: y0 + maxY + 1 },
    image: crop(inner, minX, minY, maxX - minX + 1, maxY - minY + 1),
    pixels,
  };
}

/**
 * True when a cell's ink looks like a number rather than words: one line no taller than
 * `lineHeight`, and every glyph (ink separated by blank columns) narrower than tall, as digits
 * are and Chinese characters are not. Decides only which reader goes first; a cell the digit
 * reader cannot read with confidence is read as text as well.
 */
export function looksNumeric(ink: CellInk, lineHeight: number): boolean {
  const { image } = ink;
  if (image.height > lineHeight) return false;
  const widths: number[] = [];
  let start = -1;
  for (let x = 0; x <= image.width; x++) {
    let any = false;
    if (x < image.width)
      for (let y = 0; y < image.height; y++)
        if (image.data[y * image.width + x]) {
          any = true;
          break;
        }
    if (any && start < 0) start = x;
    if (!any && start >= 0) {
      if (x - start > 2) widths.push(x - start);
      start = -1;
    }
  }
  // Every glyph narrow: `11522.96万元` or `2.重复申请` have square ones and go to the text reader.
  return widths.length > 0 && widths.every((w) => w / image.height < 0.9);
}

/** Piles images one above the other, `gap` pixels of `paper` around each, for one OCR call. */
export function stackImages<T extends BinaryImage>(images: readonly T[], gap: number, paper = 0): { image: T; tops: number[] } {
  const width = Math.max(1, ...images.map((i) => i.width)) + 2 * gap;
  const tops: number[] = [];
  let height = gap;
  for (const i of images) {
    tops.push(height);
    height += i.height + gap;
  }
  const data = new Uint8Array(width * height).fill(paper);
  images.forEach((img, n) => {
    for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width, (y + 1) * img.width), (tops[n] + y) * width + gap);
  });
  return { image: { width, height, data } as T, tops };
}

/**
 * The marks of a cell: components of at least `min` pixels, and smaller ones (a decimal point, a
 * minus sign) within the height of those and no further than `glyph` pixels to their side.
 */
function keepMarks(img: BinaryImage, min: number, glyph: number): BinaryImage {
  const comps = components(img);
  const big = comps.filter((c) => c.length >= min);
  const data = new Uint8Array(img.data.length);
  if (big.length === 0) return { width: img.width, height: img.height, data };
  let x0 = Infinity;
  let x1 = -1;
  let y0 = Infinity;
  let y1 = -1;
  for (const c of big) {
    for (const i of c) {
      const x = i % img.width;
      const y = (i - x) / img.width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  for (const c of comps) {
    const inside =
      c.length >= min ||
      c.every((i) => {
        const x = i % img.width;
        const y = (i - x) / img.width;
        return x >= x0 - glyph && x <= x1 + glyph && y >= y0 && y <= y1;
      });
    if (inside) for (const i of c) data[i] = 1;
  }
  return { width: img.width, height: img.height, data };
}
