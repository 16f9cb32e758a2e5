import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagePicture } from '../../../../../main/parsers/ocr/ocrPdf';
import {
  belowCeiling,
  components,
  contrastMask,
  crop,
  despeckledBelow,
  greyWithoutColour,
  removeDust,
  rotate,
  type BinaryImage,
  type GreyImage,
} from '../../../../../main/parsers/ocr/raster';
import { findPixelRulings } from '../../../../../main/parsers/ocr/pixelRulings';
import { loadPdfjs } from '../../../../../main/parsers/pdf/readPdf';
import { SHARED_FIXTURES } from '../../../../helpers/fixtures';

// The clean-up's pixel loops are written for speed (sliding sums, runs, terms worked out once per
// row and column); here each is held, on a piece of a real scan, to the plain definition it
// stands for, pixel by pixel.

/** The plain definition of a speck: an inner ink pixel with fewer than 2 ink neighbours among its 8. */
function despeckle(bin: BinaryImage): BinaryImage {
  const { width: w, height: h, data } = bin;
  const out = new Uint8Array(data);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      if (!data[i]) continue;
      const n = data[i - w - 1] + data[i - w] + data[i - w + 1] + data[i - 1] + data[i + 1] + data[i + w - 1] + data[i + w] + data[i + w + 1];
      if (n < 2) out[i] = 0;
    }
  }
  return { width: w, height: h, data: out };
}

let grey: GreyImage;
beforeAll(async () => {
  const pdfjs = await loadPdfjs();
  const bytes = new Uint8Array(readFileSync(join(SHARED_FIXTURES, 'scans', '000-weihai-science-2020-scan.pdf')));
  const doc = await pdfjs.getDocument({ data: bytes, isOffscreenCanvasSupported: false, isImageDecoderSupported: false, verbosity: 0 }).promise;
  try {
    // Page 4: body text, the top of table 2 (rulings, digits) and the paper's edge.
    const page = await pagePicture(pdfjs, await doc.getPage(4), 4);
    grey = greyWithoutColour(page.rgba, page.width, page.height);
  } finally {
    await doc.destroy();
  }
}, 60_000);

/** A piece of the page: its left edge and some text and rulings (300 dpi). */
const piece = (): GreyImage => crop(grey, 0, 1900, 700, 500);

function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

describe('clean-up of a real scan, against the plain definitions', () => {
  it('marks as ink exactly the pixels darker than their window’s mean by the contrast, windows cut at the edges', () => {
    const img = piece();
    const window = 15;
    const r = 7;
    const want = new Uint8Array(img.width * img.height);
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        let sum = 0;
        let area = 0;
        for (let yy = Math.max(0, y - r); yy <= Math.min(img.height - 1, y + r); yy++)
          for (let xx = Math.max(0, x - r); xx <= Math.min(img.width - 1, x + r); xx++) {
            sum += img.data[yy * img.width + xx];
            area++;
          }
        if (img.data[y * img.width + x] * area < sum * (1 - 0.18)) want[y * img.width + x] = 1;
      }
    }
    const got = contrastMask(img, window, 0.18).data;
    expect(want.reduce((a, b) => a + b, 0)).toBeGreaterThan(5000);
    expect(differing(got, want)).toBe(0);
  });

  it('takes the ink below a ceiling and drops its specks in one pass, as the two steps one after the other', () => {
    const img = crop(grey, 0, 1500, 1400, 1200);
    const mask = contrastMask(img, 35, 0.18);
    for (const ceiling of [200, 113, 90]) {
      const want = despeckle(belowCeiling(mask, img, ceiling)).data;
      const got = despeckledBelow(mask, img, ceiling).data;
      expect(want.reduce((a, b) => a + b, 0)).toBeGreaterThan(10000);
      expect(differing(got, want)).toBe(0);
    }
  });

  it('turns the scan by bilinear sampling about its centre, paper where nothing falls', () => {
    const img = piece();
    const deg = 0.57;
    const got = rotate(img, deg).data;
    const { width: w, height: h, data } = img;
    const a = (deg * Math.PI) / 180;
    let differ = 0;
    let paper = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const sx = w / 2 + (x - w / 2) * Math.cos(a) + (y - h / 2) * Math.sin(a);
        const sy = h / 2 - (x - w / 2) * Math.sin(a) + (y - h / 2) * Math.cos(a);
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        let want = 255;
        if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
          const i = y0 * w + x0;
          const top = data[i] + (data[i + 1] - data[i]) * (sx - x0);
          const bottom = data[i + w] + (data[i + w + 1] - data[i + w]) * (sx - x0);
          want = Math.round(top + (bottom - top) * (sy - y0));
        } else paper++;
        if (got[y * w + x] !== want) differ++;
      }
    }
    expect(paper).toBeGreaterThan(1000); // the turned corners
    expect(differ).toBe(0);
  });

  it('removes the specks far from large ink and keeps the small marks beside it', () => {
    // The strict ink of the page (darker than its ink ceiling), as the page text is read from:
    // strokes broken into many small pieces, some touching only corner to corner.
    const img = crop(grey, 0, 1500, 1400, 1200);
    const bin = despeckle(belowCeiling(contrastMask(img, 35, 0.18), img, 113));
    const small = 14;
    const reach = 14;
    const got = removeDust(bin, small, reach);
    // The definition: 8-connected components; a small one goes unless a coarse cell of `reach`
    // pixels around one of its pixels' holds a pixel of a large one.
    const comps = components(bin);
    const cw = Math.ceil(bin.width / reach);
    const large = new Set<number>();
    for (const c of comps) if (c.length >= small) for (const i of c) large.add(Math.floor(Math.floor(i / bin.width) / reach) * cw + Math.floor((i % bin.width) / reach));
    const want: BinaryImage = { ...bin, data: new Uint8Array(bin.data) };
    let removed = 0;
    let keptSmall = 0;
    for (const c of comps) {
      if (c.length >= small) continue;
      for (const i of c) {
        const cx = Math.floor((i % bin.width) / reach);
        const cy = Math.floor(Math.floor(i / bin.width) / reach);
        let near = false;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (cx + dx >= 0 && cx + dx < cw && large.has((cy + dy) * cw + cx + dx)) near = true;
        if (near) keptSmall++;
        else {
          want.data[i] = 0;
          removed++;
        }
      }
    }
    expect(removed).toBeGreaterThan(0);
    expect(keptSmall).toBeGreaterThan(0);
    expect(differing(got.data, want.data)).toBe(0);
  });

  it('counts pixels touching corner to corner as one mark', () => {
    // A diagonal stroke of 20 pixels, each touching the next only at a corner, far from any other
    // ink: one component of 20, kept; the same stroke cut in two halves of 10 (below 14) goes.
    const w = 60;
    const stroke = (gap: boolean): BinaryImage => {
      const data = new Uint8Array(w * w);
      for (let k = 0; k < 20; k++) if (!gap || k !== 10) data[(20 + k) * w + 20 + k] = 1;
      return { width: w, height: w, data };
    };
    expect(removeDust(stroke(false), 14, 14).data.reduce((a, b) => a + b, 0)).toBe(20);
    expect(removeDust(stroke(true), 14, 14).data.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('finds the rulings of a real table in one sweep down the rows', () => {
    // Page 4 as scanned (0.27° of skew left in: rulings ~11 px thick), binarised as for the grid;
    // 300 dpi, so rulings of 10 mm (118 px) across and 6 mm (71 px) down at least, gaps of 3 bridged.
    const bin = despeckledBelow(contrastMask(grey, 35, 0.18), grey, 200);
    const found = findPixelRulings(bin, 118, 71, 3);
    const shown = (ls: ReadonlyArray<{ pos: number; from: number; to: number; thickness: number }>) => ls.map((l) => [Math.round(l.pos), l.from, l.to, l.thickness]);
    // Table 2's 21 rows of rulings, sloping a pixel every ~200 (from 323 to 332 on the left).
    expect(shown(found.horizontal)).toEqual([
      [1257, 323, 2166, 11],
      [1341, 324, 2167, 11],
      [1487, 324, 2167, 11],
      [1571, 325, 2168, 11],
      [1655, 325, 2168, 11],
      [1739, 326, 2169, 12],
      [1822, 326, 2169, 11],
      [1906, 326, 2169, 11],
      [1990, 327, 2170, 11],
      [2074, 327, 2170, 12],
      [2157, 328, 2171, 11],
      [2241, 328, 2171, 11],
      [2325, 328, 2171, 11],
      [2409, 329, 2172, 12],
      [2492, 329, 2172, 11],
      [2576, 330, 2173, 11],
      [2660, 330, 2173, 11],
      [2744, 330, 2173, 12],
      [2827, 331, 2174, 11],
      [2946, 331, 2174, 11],
      [3030, 332, 2175, 11],
    ]);
    // Its columns: the outer edges, the inner ones broken where the table's merged cells are.
    expect(shown(found.vertical)).toEqual([
      [328, 1260, 2832, 9],
      [333, 2949, 3035, 2],
      [915, 1342, 1657, 4],
      [916, 1739, 1992, 3],
      [918, 2074, 2327, 4],
      [919, 2409, 2578, 3],
      [920, 2661, 2829, 3],
      [1096, 2946, 3032, 3],
      [1332, 1340, 1655, 4],
      [1334, 1737, 1991, 4],
      [1335, 2072, 2326, 3],
      [1337, 2407, 2577, 3],
      [1338, 2659, 2828, 3],
      [1749, 1338, 1654, 4],
      [1751, 1735, 1989, 4],
      [1752, 2070, 2324, 3],
      [2169, 1252, 2824, 9],
      [2174, 2941, 3027, 2],
    ]);
  });
});
