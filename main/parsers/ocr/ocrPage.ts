import type { PageGeometry, Segment, TextRun } from '../pdf/geometry';
import { buildGrid } from '../pdf/table/grid';
import { groupRulings, mergeSegments } from '../pdf/table/rulings';
import { cellInk, looksNumeric, stackImages, type CellInk } from './cellInk';
import type { OcrEngine, OcrLine } from './ocrEngine';
import type { BinaryImage } from './raster';
import { findPixelRulings } from './pixelRulings';
import {
  binarise,
  binaryToGrey,
  crop,
  despeckle,
  removeDust,
  scale,
  eraseRulings,
  estimateSkew,
  greyNearInk,
  greyWithoutColour,
  inkCeiling,
  rotate,
  toPgm,
  type GreyImage,
} from './raster';
import { cleanOcrText } from './ocrText';
import { OCR_LOW_CONFIDENCE } from '../../../shared/checks/ocrConfidence';

/** Below this confidence (tesseract's 0–100) a reading is shown as 需核对, never passed as sure. */
const LOW_CONFIDENCE = OCR_LOW_CONFIDENCE;

/** A page rendered for OCR: RGBA pixels at `dpi`, and the page's size in points. */
export interface PageRaster {
  page: number;
  rgba: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  dpi: number;
  widthPt: number;
  heightPt: number;
}

/** What OCR made of one page: the geometry the PDF path rebuilds, and how the page lay. */
export interface OcrPageResult {
  geometry: PageGeometry;
  /** Skew found and undone, degrees (+ = counter-clockwise); anchors are turned back by it. */
  skew: number;
  /** Table cells read, and how many of them fell below LOW_CONFIDENCE. */
  cells: number;
  lowConfidence: number;
}

/** Smallest table, in mm, as the vector path (12 pt). */
const MIN_TABLE_MM = 4.2;

/**
 * Reads one scanned page: grey with the seal's colour dropped, binarised, deskewed by its
 * ruling lines, the ruling grid found in the pixels (and rebuilt with the vector path's own
 * grid code), each cell read on its own (numbers with the digit reader, words with the Chinese
 * one), then the rest of the page read as text. The result is plain page geometry in points —
 * text runs (carrying their confidence) and ruling segments — so that tables, merged cells,
 * paragraphs and everything after come out exactly as for a PDF with a text layer.
 */
export async function ocrPage(raster: PageRaster, engine: OcrEngine): Promise<OcrPageResult> {
  const mm = raster.dpi / 25.4;
  const window = Math.round(mm * 3) | 1;
  const grey = greyWithoutColour(raster.rgba, raster.width, raster.height);
  const ceiling = inkCeiling(grey, binarise(grey, window));
  const skew = estimateSkew(despeckle(binarise(grey, window, 0.18, ceiling)));
  const straight = rotate(grey, skew);
  // Two inks: all of it for the grid and the cells (strokes whole, as the reader likes them), and
  // the strict one, darker than `ceiling`, for the page text, which a seal on a grey scan covers.
  const bin = despeckle(binarise(straight, window));
  const strict = removeDust(despeckle(binarise(straight, window, 0.18, ceiling)), Math.round(mm * mm * 0.4), Math.round(mm * 1.2));

  const scale = raster.dpi / 72;
  const toPtX = (x: number): number => x / scale;
  const toPtY = (y: number): number => raster.heightPt - y / scale;
  const found = findPixelRulings(bin, Math.round(mm * 10), Math.round(mm * 6), Math.max(2, Math.round(mm * 0.25)));
  const segments: Segment[] = [
    ...found.horizontal.map((l) => ({ x0: toPtX(l.from), x1: toPtX(l.to), y0: toPtY(l.pos), y1: toPtY(l.pos) })),
    ...found.vertical.map((l) => ({ x0: toPtX(l.pos), x1: toPtX(l.pos), y0: toPtY(l.to), y1: toPtY(l.from) })),
  ];
  const thickness = Math.max(2, ...[...found.horizontal, ...found.vertical].map((l) => l.thickness).filter((t) => t < mm));

  // Cells of every table on the page, in page pixels.
  const cells: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  const tableBoxes: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  for (const group of groupRulings(mergeSegments(segments))) {
    const grid = buildGrid(group);
    const minPt = (MIN_TABLE_MM * 72) / 25.4;
    if (grid.box.right - grid.box.left < minPt || grid.box.top - grid.box.bottom < minPt || grid.cells.length < 2) continue;
    const px = (b: { left: number; right: number; top: number; bottom: number }) => ({
      x0: b.left * scale,
      x1: b.right * scale,
      y0: (raster.heightPt - b.top) * scale,
      y1: (raster.heightPt - b.bottom) * scale,
    });
    tableBoxes.push(px(grid.box));
    for (const cell of grid.cells) cells.push(px(cell.box));
  }

  const clean = eraseRulings(bin, found, 2);
  // What the reader sees: the page's grey near the ink that is kept (rulings erased, dust gone).
  const inks = cells.map((c) => cellInk(clean, c, thickness + 2, Math.round(mm * mm * 0.8), Math.round(mm * 3))).filter((i): i is CellInk => i !== null);
  const greyOf = (ink: CellInk): GreyImage => binaryToGrey(ink.image);
  const lineHeight = mm * 6;
  const numeric = inks.filter((i) => looksNumeric(i, lineHeight));
  const words = inks.filter((i) => !looksNumeric(i, lineHeight));
  const [numberReadings, wordReadings] = await Promise.all([
    readStacked(engine, numeric.map(greyOf), 'digitBlock', mm),
    readStacked(engine, words.map(greyOf), 'block', mm),
  ]);

  const runs: TextRun[] = [];
  let lowConfidence = 0;
  const pushRun = (ink: CellInk, text: string, confidence: number, box = ink.box): void => {
    // Several numbers in one cell: a ruling between them was missed (blur, a seal), and which
    // number belongs to which column is a guess.
    if (/\d\s+[+-]?\d/.test(text)) confidence = Math.min(confidence, LOW_CONFIDENCE - 1);
    if (confidence < LOW_CONFIDENCE) lowConfidence++;
    runs.push({ text, size: (box.y1 - box.y0) / scale, left: toPtX(box.x0), right: toPtX(box.x1), top: toPtY(box.y0), bottom: toPtY(box.y1), confidence });
  };
  for (let i = 0; i < numeric.length; i++) {
    const ink = numeric[i];
    let reading = numberReadings[i];
    if (reading.lines.length !== 1) reading = { lines: await engine.read(toPgm(pad(greyOf(ink), Math.round(mm * 2))), 'digits') };
    let text = reading.lines.map((l) => l.text.trim()).join('');
    let confidence = reading.lines.length ? Math.min(...reading.lines.map((l) => l.confidence)) : 0;
    if (!/\d/.test(text) || confidence < LOW_CONFIDENCE) {
      // Not a clear number: a dash, a slash or a word written small; the Chinese reader decides
      // if it is surer.
      const asText = await engine.read(toPgm(pad(greyOf(ink), Math.round(mm * 2))), 'block');
      const t = cleanOcrText(asText.map((l) => l.text).join(''));
      const c = asText.length ? Math.min(...asText.map((l) => l.confidence)) : 0;
      if (t && c > confidence) {
        text = t;
        confidence = c;
      }
    }
    pushRun(ink, text, confidence);
  }
  words.forEach((ink, i) => {
    const lines = wordReadings[i].lines;
    if (lines.length === 0) return pushRun(ink, '', 0);
    for (const line of lines) {
      const reading = withUnit(cleanOcrText(line.text), line.confidence);
      if (!reading.text) continue;
      const box = { x0: ink.box.x0 + line.x0, y0: ink.box.y0 + line.y0, x1: ink.box.x0 + line.x1, y1: ink.box.y0 + line.y1 };
      pushRun(ink, reading.text, reading.confidence, box);
    }
  });

  runs.push(
    ...(await readNarrative(engine, straight, strict, tableBoxes, mm)).map((l) => ({
      text: l.text,
      size: (l.y1 - l.y0) / scale,
      left: toPtX(l.x0),
      right: toPtX(l.x1),
      top: toPtY(l.y0),
      bottom: toPtY(l.y1),
      confidence: l.confidence,
    })),
  );

  return {
    geometry: { page: raster.page, width: raster.widthPt, height: raster.heightPt, runs, segments },
    skew,
    cells: inks.length,
    lowConfidence,
  };
}

/** A grey image with `p` white pixels around it. */
function pad(img: GreyImage, p: number): GreyImage {
  return stackImages([img], p, 255).image;
}

/**
 * Reads many cells in one call: their ink piled up with white between, read as one block, each
 * line handed back to the cell it lies in (line boxes relative to the cell's ink). One call per
 * page instead of one per cell: the per-call cost dominates for short cells.
 */
async function readStacked(engine: OcrEngine, images: readonly GreyImage[], mode: 'digitBlock' | 'block', mm: number): Promise<Array<{ lines: OcrLine[] }>> {
  if (images.length === 0) return [];
  const gap = Math.round(mm * 3);
  const { image, tops } = stackImages(images, gap, 255);
  const lines = await engine.read(toPgm(image), mode);
  return images.map((img, n) => {
    const top = tops[n];
    const bottom = top + img.height;
    const mine = lines.filter((l) => (l.y0 + l.y1) / 2 >= top - gap / 2 && (l.y0 + l.y1) / 2 < bottom + gap / 2);
    return { lines: mine.map((l) => ({ ...l, x0: l.x0 - gap, x1: l.x1 - gap, y0: l.y0 - top, y1: l.y1 - top })) };
  });
}

/** The page's text outside its tables, line by line (boxes in page pixels). */
async function readNarrative(
  engine: OcrEngine,
  grey: GreyImage,
  bin: BinaryImage,
  tables: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }>,
  mm: number,
): Promise<OcrLine[]> {
  const masked = new Uint8Array(bin.data);
  const margin = Math.round(mm);
  for (const t of tables) {
    const y0 = Math.max(0, Math.floor(t.y0 - margin));
    const y1 = Math.min(bin.height, Math.ceil(t.y1 + margin));
    const x0 = Math.max(0, Math.floor(t.x0 - margin));
    const x1 = Math.min(bin.width, Math.ceil(t.x1 + margin));
    for (let y = y0; y < y1; y++) masked.fill(0, y * bin.width + x0, y * bin.width + x1);
  }
  let ink = 0;
  for (let i = 0; i < masked.length; i += 7) ink += masked[i];
  if (ink < 50) return [];
  const readable = greyNearInk(grey, { width: bin.width, height: bin.height, data: masked }, 3);
  const lines = (await engine.read(toPgm(readable), 'text')).map((l) => ({ ...l, text: cleanOcrText(l.text) })).filter((l) => l.text !== '' && !isNoise(l));
  // Large type (the title) is read again on its own at three sizes, and the readings vote
  // character by character: on the whole page the Chinese model misreads big bold characters
  // (威 as 娃, 年 as 专), each reading in another place, and rarely two the same way.
  const heights = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] ?? 0;
  for (const [i, line] of lines.entries()) {
    const h = line.y1 - line.y0;
    if (body === 0 || h < body * 1.5) continue;
    const margin = Math.round(h * 0.2);
    const piece = crop(readable, line.x0 - margin, line.y0 - margin, line.x1 - line.x0 + 2 * margin, h + 2 * margin);
    const readings = [{ text: line.text, confidence: line.confidence }];
    for (const f of [1, (0.75 * body) / h + 0.25, body / h]) {
      const again = await engine.read(toPgm(scale(piece, f)), 'block');
      const text = cleanOcrText(again.map((l) => l.text).join(''));
      if (text) readings.push({ text, confidence: again.length ? Math.min(...again.map((l) => l.confidence)) : 0 });
    }
    lines[i] = { ...line, ...vote(readings) };
  }
  return lines;
}

/** A line that is only specks read as punctuation, or a low-confidence scrap of one or two signs. */
function isNoise(line: OcrLine): boolean {
  if (/^[\p{P}\p{S}\s]*$/u.test(line.text)) return true;
  return line.confidence < 40 && line.text.length <= 2;
}

/**
 * Several readings of one line made one: the readings of the most common length vote character
 * by character (a tie goes to the surer reading); a reading of a length no other has loses.
 */
export function vote(readings: ReadonlyArray<{ text: string; confidence: number }>): { text: string; confidence: number } {
  const byLength = new Map<number, Array<{ text: string; confidence: number }>>();
  for (const r of readings) byLength.set([...r.text].length, [...(byLength.get([...r.text].length) ?? []), r]);
  const group = [...byLength.values()].sort((a, b) => b.length - a.length || Math.max(...b.map((r) => r.confidence)) - Math.max(...a.map((r) => r.confidence)))[0];
  const sorted = [...group].sort((a, b) => b.confidence - a.confidence);
  if (sorted.length === 1) return sorted[0];
  const chars = sorted.map((r) => [...r.text]);
  let text = '';
  for (let k = 0; k < chars[0].length; k++) {
    const counts = new Map<string, number>();
    for (const c of chars) counts.set(c[k], (counts.get(c[k]) ?? 0) + 1);
    let best = chars[0][k];
    for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
    text += best;
  }
  return { text, confidence: sorted[0].confidence };
}

/**
 * A money cell read as text (`11522.96万元`) whose unit came out garbled (`11522.96万I`): the
 * number with the unit it can only be (万元 when 万 was read, 元 when 元 was), or, when neither
 * was, the number alone marked low-confidence, since 元 read as 万元 is off by ten thousand.
 */
export function withUnit(text: string, confidence: number): { text: string; confidence: number } {
  const match = /^([+-]?\d[\d,]*(?:\.\d+)?)(.{1,3})$/u.exec(text);
  if (!match || /^(万元|元)$/.test(match[2])) return { text, confidence };
  if (match[2].includes('万')) return { text: `${match[1]}万元`, confidence };
  if (match[2].includes('元')) return { text: `${match[1]}元`, confidence };
  return { text: match[1], confidence: Math.min(confidence, LOW_CONFIDENCE - 1) };
}
