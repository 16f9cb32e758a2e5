import { describe, expect, it } from 'vitest';
import { pagePicture } from '../../../../../main/parsers/ocr/ocrPdf';
import { composePage, reduce, snapToPixels } from '../../../../../main/parsers/ocr/pageImage';
import { loadPdfjs } from '../../../../../main/parsers/pdf/readPdf';
import { bitsStream, contentStream, formStream, imageStream, onePagePdf, packBits, pattern, type TestImage } from '../../../../helpers/imagePdf';

// The page pictures OCR reads are made from the images pdf.js decodes, placed by the operator
// list's matrices, without a canvas (the packaged app has none). They are held here to what
// pdf.js's own canvas draws (@napi-rs/canvas is a development dependency) for the ways scans put
// images on a page.

type Picture = { width: number; height: number; rgba: Uint8Array | Uint8ClampedArray };

async function bothPictures(pdf: Buffer): Promise<{ mine: Picture; canvas: Picture }> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
  try {
    const mine = await pagePicture(pdfjs, await doc.getPage(1), 1);
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: mine.dpi / 72 });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } } }).canvasFactory;
    const { canvas, context } = factory.create(mine.width, mine.height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, mine.width, mine.height);
    await page.render({ canvasContext: context, canvas, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
    return { mine, canvas: { width: mine.width, height: mine.height, rgba: context.getImageData(0, 0, mine.width, mine.height).data } };
  } finally {
    await doc.destroy();
  }
}

/**
 * Share of pixels of `a` with no pixel of like colour (within 64 in each channel) at most one
 * pixel away in `b`, either way round. Two nearest-neighbour enlargements may pick a source row
 * one pixel apart where the scale falls between two pixels; anything placed, turned or coloured
 * wrong differs by far more.
 */
function mismatched(a: Picture, b: Picture): number {
  const one = (p: Picture, q: Picture): number => {
    let n = 0;
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) {
        const i = (y * p.width + x) * 4;
        let near = false;
        for (let dy = -1; dy <= 1 && !near; dy++) {
          for (let dx = -1; dx <= 1 && !near; dx++) {
            const xx = x + dx;
            const yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= q.width || yy >= q.height) continue;
            const j = (yy * q.width + xx) * 4;
            near = Math.abs(p.rgba[i] - q.rgba[j]) <= 64 && Math.abs(p.rgba[i + 1] - q.rgba[j + 1]) <= 64 && Math.abs(p.rgba[i + 2] - q.rgba[j + 2]) <= 64;
          }
        }
        if (!near) n++;
      }
    }
    return n / (p.width * p.height);
  };
  return Math.max(one(a, b), one(b, a));
}

/** Share of pixels that are ink (dark or coloured): a blank picture would pass a comparison with a blank canvas. */
function inked(p: Picture): number {
  let n = 0;
  for (let i = 0; i < p.rgba.length; i += 4) if (Math.min(p.rgba[i], p.rgba[i + 1], p.rgba[i + 2]) < 128) n++;
  return n / (p.rgba.length / 4);
}

/** The image in grey (its first channel): pdf.js decodes it as one channel a pixel. */
function greyOf(image: TestImage): TestImage {
  const data = new Uint8Array(image.width * image.height);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i * 3];
  return { ...image, channels: 1, data };
}

const W = 200;
const H = 150;
const img = pattern(400, 300);
const res = (names: string) => `<< /XObject << ${names} >> >>`;
const solo = (ops: string, image: TestImage = img, rotate?: number) =>
  onePagePdf({ width: W, height: H, rotate, resources: res('/Im1 5 0 R'), objects: [contentStream(ops), imageStream(image)] });

const CASES: Array<[string, Buffer, number]> = [
  ['upright', solo(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`), 0.0005],
  ['flipped upside down', solo(`q ${W} 0 0 -${H} 0 ${H} cm /Im1 Do Q`), 0.0005],
  ['turned a quarter in its matrix', solo(`q 0 ${H} -${W} 0 ${W} 0 cm /Im1 Do Q`, pattern(300, 400)), 0.0005],
  ['on a page turned by /Rotate 90', solo(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`, img, 90), 0.0005],
  [
    'in a form XObject with its own matrix',
    onePagePdf({
      width: W,
      height: H,
      resources: res('/F1 5 0 R'),
      objects: [
        contentStream('q 1 0 0 1 0 0 cm /F1 Do Q'),
        formStream(`q ${W / 2} 0 0 ${H / 2} 0 0 cm /Im1 Do Q`, '2 0 0 2 0 0', `0 0 ${W} ${H}`, res('/Im1 6 0 R')),
        imageStream(img),
      ],
    }),
    0.0005,
  ],
  [
    'one bit per pixel (a CCITT or JBIG2 scan)',
    onePagePdf({
      width: W,
      height: H,
      resources: res('/Im1 5 0 R'),
      objects: [contentStream(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`), bitsStream(img.width, img.height, packBits(img))],
    }),
    0.0005,
  ],
  [
    'a stencil mask painted red over a grey image',
    onePagePdf({
      width: W,
      height: H,
      resources: res('/Im1 5 0 R /M1 6 0 R'),
      objects: [
        contentStream(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q 0.8 0.1 0.1 rg q ${W / 2} 0 0 ${H / 2} ${W / 4} ${H / 4} cm /M1 Do Q`),
        imageStream({ width: 4, height: 3, channels: 1, data: new Uint8Array(12).fill(200) }),
        bitsStream(img.width, img.height, packBits(img, true), true),
      ],
    }),
    0.001,
  ],
  [
    'in two strips',
    onePagePdf({
      width: W,
      height: H,
      resources: res('/A 5 0 R /B 6 0 R'),
      objects: [
        contentStream(`q ${W} 0 0 ${H / 2} 0 ${H / 2} cm /A Do Q q ${W} 0 0 ${H / 2} 0 0 cm /B Do Q`),
        imageStream({ ...img, height: 150, data: img.data.subarray(0, 400 * 150 * 3) }),
        imageStream({ ...img, height: 150, data: img.data.subarray(400 * 150 * 3) }),
      ],
    }),
    0.0005,
  ],
  // 840 × 630 px over 833 × 625 device pixels: smoothed, as a 300 dpi scan a pixel or two wider than the page.
  ['a shade finer than the page (smoothed), in colour', solo(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`, pattern(840, 630, 21, 2)), 0.001],
  ['a shade finer than the page (smoothed), in grey', solo(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`, greyOf(pattern(840, 630, 21, 2))), 0.001],
  ['turned by 10° (a skewed placement)', solo(`q ${W * 0.8 * 0.985} ${W * 0.8 * 0.174} ${-H * 0.8 * 0.174} ${H * 0.8 * 0.985} 40 5 cm /Im1 Do Q`), 0.001],
];

describe('page pictures for OCR without a canvas', () => {
  it.each(CASES)('draws an image %s as pdf.js’s canvas does', async (_name, pdf, tolerance) => {
    const { mine, canvas } = await bothPictures(pdf);
    expect(inked(canvas)).toBeGreaterThan(0.05);
    expect(Math.abs(inked(mine) - inked(canvas))).toBeLessThan(0.01);
    expect(mismatched(mine, canvas)).toBeLessThan(tolerance);
  });

  it('keeps every one-pixel ruling of an image much finer than the page (a 600 dpi scan), as grey', async () => {
    // 2000 px across 200 pt: about 720 dpi, pictured at 300. Rulings every 20 source pixels.
    const fine = pattern(2000, 1500, 20, 1);
    const { mine } = await bothPictures(solo(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`, fine));
    // Mean darkness of each picture column along the bottom band (the blocks are at the top).
    const cols: number[] = [];
    for (let x = 0; x < mine.width; x++) {
      let s = 0;
      for (let y = Math.round(mine.height * 0.5); y < mine.height; y++) s += 255 - mine.rgba[(y * mine.width + x) * 4];
      cols.push(s / (mine.height * 0.5));
    }
    // A ruling shows as a column clearly darker than the paper between rulings.
    let lines = 0;
    for (let x = 0; x < cols.length; x++) if (cols[x] > 40 && (x === 0 || cols[x - 1] <= 40)) lines++;
    expect(lines).toBe(100);
  });
});

describe('composePage', () => {
  it('paints nothing outside the page and leaves the paper white', () => {
    const page = composePage(10, 10, [{ image: { width: 2, height: 2, kind: 2, data: new Uint8Array(12) }, matrix: [4, 0, 0, -4, 8, 4] }]);
    const black = [];
    for (let i = 0; i < 100; i++) if (page.data[i * 4] === 0) black.push([i % 10, Math.floor(i / 10)].join(','));
    // The unit square goes to x 8–12, y 0–4 (rows top down): only columns 8 and 9 are on the page.
    expect(black.sort()).toEqual(['8,0', '8,1', '8,2', '8,3', '9,0', '9,1', '9,2', '9,3'].sort());
  });

  it('snaps an upright image to whole pixels and leaves a turned one alone', () => {
    expect(snapToPixels([99.6, 0, 0, -50.2, 0.4, 50.3])).toEqual([100, 0, 0, -50, 0, 50]);
    expect(snapToPixels([0, 10.4, 20.6, 0, 0.2, 0.3])).toEqual([0, 11, 21, 0, 0, 0]);
    const turned: [number, number, number, number, number, number] = [10, 1, -1, 10, 0.5, 0.5];
    expect(snapToPixels(turned)).toEqual(turned);
  });

  it('averages boxes when reducing', () => {
    const r = reduce({ width: 3, height: 2, channels: 1, data: new Uint8Array([0, 100, 255, 50, 150, 255]) }, 2, 2);
    expect([r.width, r.height, [...r.data]]).toEqual([2, 1, [75, 255]]);
  });
});
