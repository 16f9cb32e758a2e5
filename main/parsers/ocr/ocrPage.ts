import type { PageGeometry, Segment, TextRun } from '../pdf/geometry';
import { buildGrid } from '../pdf/table/grid';
import { groupRulings, mergeSegments } from '../pdf/table/rulings';
import { cellInk, looksNumeric, stackImages, type CellInk } from './cellInk';
import type { OcrEngine, OcrLine } from './ocrEngine';
import type { BinaryImage } from './raster';
import { findPixelRulings } from './pixelRulings';
import {
  belowCeiling,
  binaryToGrey,
  contrastMask,
  crop,
  despeckledBelow,
  removeDust,
  scale,
  eraseRulings,
  estimateSkew,
  greyNearInk,
  greyWithoutColour,
  inkCeiling,
  rotate,
  toPgm,
  turnClockwise,
  turnedSize,
  type GreyImage,
  type QuarterTurn,
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
  /** The page's size in PDF user space (before the PDF turns it to show it). */
  widthPt: number;
  heightPt: number;
  /** The clockwise turn the PDF shows the page with (its /Rotate): the picture is of the page as shown. */
  rotate: QuarterTurn;
}

/** What OCR made of one page: the geometry the PDF path rebuilds, and how the page lay. */
export interface OcrPageResult {
  /** The page as read: upright, so its width and height are swapped when it was scanned sideways. */
  geometry: PageGeometry;
  /** The clockwise quarter turn from the page in PDF user space to the page as read (the PDF's /Rotate, and a turn that set it upright); anchors are turned back by it. */
  turn: QuarterTurn;
  /** The clockwise turn that shows the page upright, when the PDF shows it sideways or upside down (it was turned to be read); else 0. */
  righted: QuarterTurn;
  /** Skew found and undone after that turn, degrees (+ = counter-clockwise); anchors are turned back by it. */
  skew: number;
  /** Table cells read, and how many of them fell below LOW_CONFIDENCE. */
  cells: number;
  lowConfidence: number;
  /** Milliseconds spent on each step (clean-up, grid, reading cells and text, telling the way up), for the bench. */
  timings: { orient: number; clean: number; grid: number; read: number };
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
  const scanned = greyWithoutColour(raster.rgba, raster.width, raster.height);
  const first = await readPage(raster, scanned, raster.rotate, engine);
  // A page scanned sideways or upside down reads as Chinese of low confidence, or in tall narrow
  // lines (tesseract reads a sideways page of text as it lies): such a page is turned the way
  // tesseract's orientation detection says and read again, and the better reading is kept (the
  // first, when the detection errs). A page that reads well costs nothing more.
  const before = readingQuality(first.geometry);
  if (before === null || before >= UPRIGHT_QUALITY) return first;
  const started = performance.now();
  const turn = await uprightTurn(scanned, raster.dpi, engine);
  const orient = performance.now() - started;
  if (turn === 0) return { ...first, timings: { ...first.timings, orient } };
  const turned = await readPage(raster, turnClockwise(scanned, turn), ((raster.rotate + turn) % 360) as QuarterTurn, engine);
  const better = (readingQuality(turned.geometry) ?? 0) > before ? { ...turned, righted: turn } : first;
  return { ...better, timings: { ...better.timings, orient } };
}

/**
 * Reads a picture (grey) of a scanned page turned clockwise by `turn` from PDF user space: the
 * page's size in points turns with it, and the anchors are turned back by unskew.ts.
 */
async function readPage(raster: PageRaster, grey: GreyImage, turn: QuarterTurn, engine: OcrEngine): Promise<OcrPageResult> {
  const started = performance.now();
  const mm = raster.dpi / 25.4;
  const window = Math.round(mm * 3) | 1;
  const { width: widthPt, height: heightPt } = turnedSize(raster.widthPt, raster.heightPt, turn);
  // Each page's contrast mask is made once and cut at two ceilings (binarise = mask + ceiling).
  const mask = contrastMask(grey, window, 0.18);
  const ceiling = inkCeiling(grey, belowCeiling(mask, grey, 200));
  const skew = estimateSkew(despeckledBelow(mask, grey, ceiling));
  const straight = rotate(grey, skew);
  const straightMask = contrastMask(straight, window, 0.18);
  // Two inks: all of it for the grid and the cells (strokes whole, as the reader likes them), and
  // the strict one, darker than `ceiling`, for the page text, which a seal on a grey scan covers.
  const bin = despeckledBelow(straightMask, straight, 200);
  const strict = removeDust(despeckledBelow(straightMask, straight, ceiling), Math.round(mm * mm * 0.4), Math.round(mm * 1.2));

  const cleaned = performance.now();
  const scale = raster.dpi / 72;
  const toPtX = (x: number): number => x / scale;
  const toPtY = (y: number): number => heightPt - y / scale;
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
      y0: (heightPt - b.top) * scale,
      y1: (heightPt - b.bottom) * scale,
    });
    tableBoxes.push(px(grid.box));
    for (const cell of grid.cells) cells.push(px(cell.box));
  }

  const gridded = performance.now();
  const clean = eraseRulings(bin, found, 2);
  // What the reader sees: the page's grey near the ink that is kept (rulings erased, dust gone).
  const inks = cells.map((c) => cellInk(clean, c, thickness + 2, Math.round(mm * mm * 0.8), Math.round(mm * 3))).filter((i): i is CellInk => i !== null);
  const greyOf = (ink: CellInk): GreyImage => binaryToGrey(ink.image);
  const lineHeight = mm * 6;
  const numeric = inks.filter((i) => looksNumeric(i, lineHeight));
  const words = inks.filter((i) => !looksNumeric(i, lineHeight));
  // Everything at once: the digits on the English worker, the words on a Chinese one, and the
  // page's text beside the tables on the other Chinese worker (when there are two).
  // Darker ink only, for text a seal's ring crosses on a grey scan (made when needed).
  const darker = (): BinaryImage => removeDust(despeckledBelow(straightMask, straight, Math.round(ceiling * 0.8)), Math.round(mm * mm * 0.4), Math.round(mm * 1.2));
  const narrative = readNarrative(engine, straight, strict, tableBoxes, mm, darker);
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
    ...(await narrative).map((l) => ({
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
    geometry: { page: raster.page, width: widthPt, height: heightPt, runs, segments },
    turn,
    righted: 0,
    skew,
    cells: inks.length,
    lowConfidence,
    timings: { orient: 0, clean: cleaned - started, grid: gridded - cleaned, read: performance.now() - gridded },
  };
}

/**
 * A page reading this well (readingQuality) lay the right way up: pages as scanned read at 90–96,
 * the same pages sideways or upside down at 50–77 (or at 0 when read in tall lines).
 */
const UPRIGHT_QUALITY = 85;
/** Fewest Chinese characters a reading must hold for its quality to tell anything. */
const MIN_QUALITY_CHARS = 20;

/**
 * How well a page read: the mean confidence of its Chinese characters (0–100), times the share of
 * its lines of three or more of them that run across the page rather than down it. Null for a
 * page with too few Chinese characters to tell.
 */
function readingQuality(page: PageGeometry): number | null {
  let chars = 0;
  let confidence = 0;
  let lines = 0;
  let across = 0;
  for (const run of page.runs) {
    const n = run.text.match(/\p{Script=Han}/gu)?.length ?? 0;
    chars += n;
    confidence += n * (run.confidence ?? 100);
    if (n < 3) continue;
    lines++;
    if (run.right - run.left > run.top - run.bottom) across++;
  }
  if (chars < MIN_QUALITY_CHARS) return null;
  return (confidence / chars) * (lines > 0 ? across / lines : 1);
}

/** Resolution the orientation is told at: characters of body text are still some 25 pixels. */
const ORIENT_DPI = 150;
/**
 * Least confidence (tesseract's orientation margin) for turning a page. Pages as scanned tell
 * their way up at 9–23; a page with little text can come out unsure, and is then left as it is.
 */
const MIN_TURN_CONFIDENCE = 2;

/** The clockwise quarter turn that sets a scanned page upright, by tesseract's orientation detection. */
export async function uprightTurn(grey: GreyImage, dpi: number, engine: OcrEngine): Promise<QuarterTurn> {
  const small = dpi > ORIENT_DPI ? scale(grey, ORIENT_DPI / dpi) : grey;
  const found = await engine.orientation(toPgm(small), Math.min(dpi, ORIENT_DPI));
  if (!found || found.confidence < MIN_TURN_CONFIDENCE) return 0;
  return found.degrees as QuarterTurn;
}

/** A grey image with `p` white pixels around it. */
function pad(img: GreyImage, p: number): GreyImage {
  return stackImages([img], p, 255).image;
}

/**
 * Reads many cells in one call: their ink piled up with white between, read as one block, each
 * line handed back to the cell it lies in (line boxes relative to the cell's ink). One call per
 * page instead of one per cell: the per-call cost dominates for short cells. (One pile, not one
 * per worker: the reader's readings of a line depend on the block around it, and the labels of
 * table 3 read right in one pile came out wrong in two.)
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
  darker: () => BinaryImage,
): Promise<OcrLine[]> {
  const margin = Math.round(mm);
  const outsideTables = (bin: BinaryImage): BinaryImage => {
    const masked = new Uint8Array(bin.data);
    for (const t of tables) {
      const y0 = Math.max(0, Math.floor(t.y0 - margin));
      const y1 = Math.min(bin.height, Math.ceil(t.y1 + margin));
      const x0 = Math.max(0, Math.floor(t.x0 - margin));
      const x1 = Math.min(bin.width, Math.ceil(t.x1 + margin));
      for (let y = y0; y < y1; y++) masked.fill(0, y * bin.width + x0, y * bin.width + x1);
    }
    return { width: bin.width, height: bin.height, data: masked };
  };
  const ink = outsideTables(bin);
  let dark: BinaryImage | undefined;
  // The text lies above, below and beside the tables: each band between two table edges is read
  // on its own, cut to its ink, since the reader spends as long on white paper as on text (a
  // table page's few lines cost a quarter of the time they cost on the whole page).
  const cuts = [0, bin.height, ...tables.flatMap((t) => [t.y0 - margin, t.y1 + margin])].map((y) => Math.max(0, Math.min(bin.height, Math.round(y))));
  const edges = [...new Set(cuts)].sort((a, b) => a - b);
  const lines: OcrLine[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const box = inkBox(ink, edges[k], edges[k + 1]);
    if (!box) continue;
    // Room around the ink: the reader's own threshold and layout want some paper.
    const room = Math.round(mm * 2);
    const x0 = Math.max(0, box.x0 - room);
    const y0 = Math.max(edges[k], box.y0 - room);
    const w = Math.min(bin.width, box.x1 + room) - x0;
    const h = Math.min(edges[k + 1], box.y1 + room) - y0;
    const readBand = (from: BinaryImage) => engine.read(toPgm(greyNearInk(crop(grey, x0, y0, w, h), crop(from, x0, y0, w, h), 3)), 'text');
    let read = await readBand(ink);
    if (read.some((l) => l.confidence < DOUBTFUL_LINE)) {
      // A line the reader doubts: a seal's ring through it (grey on a grey scan, lighter than
      // ink but darker than the ceiling) breaks the characters. Read the band again from the
      // darkest ink only, and keep the reading that says more, surely.
      dark ??= outsideTables(darker());
      const again = await readBand(dark);
      if (sureText(again) > sureText(read)) read = again;
    }
    for (const l of read) {
      const text = cleanOcrText(l.text);
      const line = { ...l, text, x0: l.x0 + x0, x1: l.x1 + x0, y0: l.y0 + y0, y1: l.y1 + y0 };
      if (text !== '' && !isNoise(line)) lines.push({ ...line, words: l.words.map((wd) => ({ ...wd, x0: wd.x0 + x0, x1: wd.x1 + x0, y0: wd.y0 + y0, y1: wd.y1 + y0 })) });
    }
  }
  // Large type (the title) is read again on its own at three sizes, and the readings vote
  // character by character: on the whole page the Chinese model misreads big bold characters
  // (威 as 娃, 年 as 专), each reading in another place, and rarely two the same way.
  const heights = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] ?? 0;
  for (const [i, line] of lines.entries()) {
    const h = line.y1 - line.y0;
    if (body === 0 || h < body * 1.5) continue;
    const margin = Math.round(h * 0.2);
    const [px, py, pw, ph] = [line.x0 - margin, line.y0 - margin, line.x1 - line.x0 + 2 * margin, h + 2 * margin];
    const piece = greyNearInk(crop(grey, px, py, pw, ph), crop(ink, px, py, pw, ph), 3);
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

/** Below this confidence a line of page text is read again from the darkest ink. */
const DOUBTFUL_LINE = 70;

/** How much a reading says surely: its characters weighted by confidence, doubtful lines left out. */
function sureText(lines: readonly OcrLine[]): number {
  return lines.reduce((n, l) => n + (l.confidence >= 60 ? [...cleanOcrText(l.text)].length * l.confidence : 0), 0);
}

/**
 * The box of the ink in rows y0..y1 of a binary image, or null when there is next to none (a
 * few specks the dust filter left are not worth a reading).
 */
function inkBox(bin: BinaryImage, y0: number, y1: number): { x0: number; y0: number; x1: number; y1: number } | null {
  const { width: w, data } = bin;
  let count = 0;
  let minX = w;
  let maxX = -1;
  let minY = -1;
  let maxY = -1;
  for (let y = y0; y < y1; y++) {
    const row = y * w;
    let first = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      if (!data[row + x]) continue;
      count++;
      if (first < 0) first = x;
      last = x;
    }
    if (first < 0) continue;
    if (minY < 0) minY = y;
    maxY = y;
    if (first < minX) minX = first;
    if (last > maxX) maxX = last;
  }
  if (count < 350) return null;
  return { x0: minX, y0: minY, x1: maxX + 1, y1: maxY + 1 };
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
