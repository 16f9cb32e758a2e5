/**
 * Plain 8-bit raster images and the clean-up a scanned page needs before OCR: grey with the red
 * seal removed, binarised against the local background, deskewed. No canvas, no DOM: plain
 * arrays, so every step is unit-testable on synthetic pages.
 */

/** An 8-bit grey image, row by row; 0 is black ink, 255 white paper. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary image: 1 = ink, 0 = paper. */
export interface BinaryImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Grey from RGBA, taking the brightest of the three channels: black and grey ink stay dark, while
 * coloured ink (the red seal 公章, a blue signature) turns as light as the paper it sits on. Ink
 * under a seal is dark in every channel and stays. On a grey scan this is plain grey.
 */
export function greyWithoutColour(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const r = rgba[j];
    const g = rgba[j + 1];
    const b = rgba[j + 2];
    data[i] = r > g ? (r > b ? r : b) : g > b ? g : b;
  }
  return { width, height, data };
}

/**
 * Binarises against the local background (Bradley's adaptive threshold): a pixel is ink when it
 * is `contrast` darker than the mean of the window around it, and darker than `ceiling`. Uneven
 * lighting, grey or cream paper and a faint seal wash out; thin ink strokes stay.
 */
export function binarise(img: GreyImage, window: number, contrast = 0.18, ceiling = 200): BinaryImage {
  return belowCeiling(contrastMask(img, window, contrast), img, ceiling);
}

/**
 * The pixels `contrast` darker than the mean of the window around them, whatever their grey:
 * `binarise` before its ceiling, so that one pass serves several ceilings (`belowCeiling`).
 */
export function contrastMask(img: GreyImage, window: number, contrast: number): BinaryImage {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const r = Math.max(1, Math.floor(window / 2));
  const keep = 1 - contrast;
  // The window's sum slides: each column's sum over the window's rows is updated by one row in
  // and one out, and each pixel's sum is the running sum of those along the row (integers, exact:
  // no page-sized table of sums to fill and read).
  const cols = new Int32Array(w);
  for (let y = 0; y < Math.min(h, r); y++) for (let x = 0; x < w; x++) cols[x] += data[y * w + x];
  for (let y = 0; y < h; y++) {
    if (y + r < h) for (let x = 0, i = (y + r) * w; x < w; x++, i++) cols[x] += data[i];
    if (y - r - 1 >= 0) for (let x = 0, i = (y - r - 1) * w; x < w; x++, i++) cols[x] -= data[i];
    const rows = Math.min(h, y + r + 1) - Math.max(0, y - r);
    let s = 0;
    for (let x = 0; x < Math.min(w, r); x++) s += cols[x];
    const row = y * w;
    // Near the left and right edges the window is cut short; between them it is whole.
    const inner0 = Math.min(w, r + 1);
    const inner1 = Math.max(inner0, w - r);
    for (let x = 0; x < inner0; x++) {
      if (x + r < w) s += cols[x + r];
      const area = (Math.min(w, x + r + 1) - Math.max(0, x - r)) * rows;
      if (data[row + x] * area < s * keep) out[row + x] = 1;
    }
    const area = (2 * r + 1) * rows;
    for (let x = inner0; x < inner1; x++) {
      s += cols[x + r] - cols[x - r - 1];
      if (data[row + x] * area < s * keep) out[row + x] = 1;
    }
    for (let x = inner1; x < w; x++) {
      if (x + r < w) s += cols[x + r];
      s -= cols[x - r - 1];
      const area = (Math.min(w, x + r + 1) - Math.max(0, x - r)) * rows;
      if (data[row + x] * area < s * keep) out[row + x] = 1;
    }
  }
  return { width: w, height: h, data: out };
}

/** The pixels of `mask` darker than `ceiling` in `img`. */
export function belowCeiling(mask: BinaryImage, img: GreyImage, ceiling: number): BinaryImage {
  const out = new Uint8Array(mask.data.length);
  const m = mask.data;
  const g = img.data;
  for (let i = 0; i < out.length; i++) if (m[i] && g[i] < ceiling) out[i] = 1;
  return { width: mask.width, height: mask.height, data: out };
}

/**
 * The ink of `mask` darker than `ceiling`, without its specks (ink pixels with fewer than `min`
 * ink neighbours among their 8: dust, grain; the page's outermost pixels are kept), in one pass
 * over the page: a neighbour's ink is worked out where it is needed, beside ink only.
 */
export function despeckledBelow(mask: BinaryImage, img: GreyImage, ceiling: number, min = 2): BinaryImage {
  const { width: w, height: h } = mask;
  const m = mask.data;
  const g = img.data;
  const out = new Uint8Array(w * h);
  const ink = (i: number): number => (m[i] && g[i] < ceiling ? 1 : 0);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const edgeRow = y === 0 || y === h - 1;
    for (let x = 0; x < w; x++) {
      const i = row + x;
      if (!m[i] || g[i] >= ceiling) continue;
      // The page's outermost pixels are kept as they are (a speck is an inner pixel).
      if (edgeRow || x === 0 || x === w - 1) {
        out[i] = 1;
        continue;
      }
      const n = ink(i - w - 1) + ink(i - w) + ink(i - w + 1) + ink(i - 1) + ink(i + 1) + ink(i + w - 1) + ink(i + w) + ink(i + w + 1);
      if (n >= min) out[i] = 1;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * The page's skew in degrees (+ = the content is turned counter-clockwise), from the ink: the
 * angle at which ink rows line up best (the sharpest horizontal projection). Ruling lines and
 * text lines both count; a table's long rulings dominate where there is one. Searched within
 * ±`range` degrees, coarse then fine, on a thinned sample of the ink.
 */
export function estimateSkew(bin: BinaryImage, range = 3): number {
  const { width: w, height: h, data } = bin;
  const xs: number[] = [];
  const ys: number[] = [];
  // Sample every third column (plenty for an angle, three times faster) but every row: skipping
  // rows would make the angle 0 look sharper than it is (all samples on even rows).
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x += 3)
      if (data[y * w + x]) {
        xs.push(x);
        ys.push(y);
      }
  if (xs.length < 100) return 0;
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(h + w + 2);
    const off = Math.ceil(w * Math.abs(t)) + 1;
    for (let i = 0; i < xs.length; i++) {
      // A line turned counter-clockwise by deg rises to the right: its y falls by x·tan(deg).
      const yy = Math.round(ys[i] + xs[i] * t) + off;
      if (yy >= 0 && yy < bins.length) bins[yy]++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  let best = 0;
  let bestScore = -1;
  for (let d = -range; d <= range + 1e-9; d += 0.2) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const centre = best;
  for (let d = centre - 0.2; d <= centre + 0.2 + 1e-9; d += 0.02) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 100) / 100;
}

/**
 * Turns the image by -`deg` about its centre (undoing a skew of `deg`), bilinear, the uncovered
 * corners filled with white.
 */
export function rotate(img: GreyImage, deg: number): GreyImage {
  const { width: w, height: h, data } = img;
  if (Math.abs(deg) < 0.01) return { width: w, height: h, data: new Uint8Array(data) };
  const out = new Uint8Array(w * h);
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  // The source of an output pixel is the output point turned by +deg (y axis points down):
  // sx = cx + dx·cos + dy·sin, sy = cy − dx·sin + dy·cos. The column terms are worked out once
  // per column, the row terms once per row (summed in the same order, so the same numbers).
  const colX = new Float64Array(w);
  const colY = new Float64Array(w);
  for (let x = 0; x < w; x++) {
    colX[x] = cx + (x - cx) * cos;
    colY[x] = cy - (x - cx) * sin;
  }
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    const rowX = dy * sin;
    const rowY = dy * cos;
    const o = y * w;
    for (let x = 0; x < w; x++) {
      const sx = colX[x] + rowX;
      const sy = colY[x] + rowY;
      // Non-negative, so truncation is the floor.
      if (sx < 0 || sy < 0) {
        out[o + x] = 255;
        continue;
      }
      const x0 = sx | 0;
      const y0 = sy | 0;
      if (x0 + 1 >= w || y0 + 1 >= h) {
        out[o + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i] + (data[i + 1] - data[i]) * fx;
      const bottom = data[i + w] + (data[i + w + 1] - data[i + w]) * fx;
      // Rounded half up (the value is not negative): cheaper than Math.round, per pixel of a page.
      out[o + x] = (top + (bottom - top) * fy + 0.5) | 0;
    }
  }
  return { width: w, height: h, data: out };
}

/** A clockwise turn of a multiple of 90°: 90, 180 or 270 (anything else leaves the image as it is). */
export type QuarterTurn = 0 | 90 | 180 | 270;

/** The image turned clockwise by `deg` (a quarter turn: pixels moved, none made up). */
export function turnClockwise(img: GreyImage, deg: QuarterTurn): GreyImage {
  const { width: w, height: h, data } = img;
  if (deg === 0) return img;
  if (deg === 180) return { width: w, height: h, data: new Uint8Array(data).reverse() };
  const out = new Uint8Array(w * h);
  // 90: the source's bottom-left corner becomes the top-left, its rows become columns read upwards.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) out[deg === 90 ? x * h + (h - 1 - y) : (w - 1 - x) * h + y] = data[row + x];
  }
  return { width: h, height: w, data: out };
}

/** The size of a `width`×`height` box (an image, a page, a rectangle) once turned by `deg`: its sides swap on a quarter turn either way. */
export function turnedSize(width: number, height: number, deg: QuarterTurn): { width: number; height: number } {
  return deg === 90 || deg === 270 ? { width: height, height: width } : { width, height };
}

/**
 * Where a point of an image turned clockwise by `deg` (`turnClockwise`; `w`×`h` the size before
 * the turn) stood before it, in continuous coordinates (y down).
 */
export function unturnPoint(x: number, y: number, w: number, h: number, deg: QuarterTurn): { x: number; y: number } {
  switch (deg) {
    case 90:
      return { x: y, y: h - x };
    case 180:
      return { x: w - x, y: h - y };
    case 270:
      return { x: w - y, y: x };
    default:
      return { x, y };
  }
}

/**
 * Where a point of the deskewed image stood on the original page (the inverse of `rotate`), so
 * that anchors point at the scan as the user sees it.
 */
export function unrotatePoint(x: number, y: number, w: number, h: number, deg: number): { x: number; y: number } {
  const a = (deg * Math.PI) / 180;
  const dx = x - w / 2;
  const dy = y - h / 2;
  return { x: w / 2 + dx * Math.cos(a) + dy * Math.sin(a), y: h / 2 - dx * Math.sin(a) + dy * Math.cos(a) };
}

/** A PGM (P5) file of a grey image: the cheapest format tesseract's image reader takes. */
export function toPgm(img: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header);
  out.set(img.data, header.length);
  return out;
}

/** A grey image from a binary one (ink black on white), for OCR. */
export function binaryToGrey(bin: BinaryImage): GreyImage {
  const data = new Uint8Array(bin.data.length);
  for (let i = 0; i < data.length; i++) data[i] = bin.data[i] ? 0 : 255;
  return { width: bin.width, height: bin.height, data };
}

/** A rectangular piece of an image (clamped to it). */
export function crop<T extends GreyImage | BinaryImage>(img: T, x: number, y: number, w: number, h: number): T {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(img.width, Math.round(x + w));
  const y1 = Math.min(img.height, Math.round(y + h));
  const cw = Math.max(0, x1 - x0);
  const ch = Math.max(0, y1 - y0);
  const data = new Uint8Array(cw * ch);
  for (let r = 0; r < ch; r++) data.set(img.data.subarray((y0 + r) * img.width + x0, (y0 + r) * img.width + x0 + cw), r * cw);
  return { width: cw, height: ch, data } as T;
}

/**
 * Otsu's threshold of a grey image: the level that best splits it into dark and light. On a page
 * it falls between the ink and the paper, so that a translucent seal on a grey scan (mid-grey,
 * lighter than ink) lands on the paper side.
 */
export function otsuLevel(img: GreyImage): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < img.data.length; i += 3) hist[img.data[i]]++;
  let total = 0;
  let sum = 0;
  for (let v = 0; v < 256; v++) {
    total += hist[v];
    sum += v * hist[v];
  }
  let weightDark = 0;
  let sumDark = 0;
  let best = 128;
  let bestVar = -1;
  for (let t = 0; t < 256; t++) {
    weightDark += hist[t];
    if (weightDark === 0) continue;
    const weightLight = total - weightDark;
    if (weightLight === 0) break;
    sumDark += t * hist[t];
    const meanDark = sumDark / weightDark;
    const meanLight = (sum - sumDark) / weightLight;
    const between = weightDark * weightLight * (meanDark - meanLight) ** 2;
    if (between > bestVar) [best, bestVar] = [t, between];
  }
  return best;
}

/**
 * Connected ink components (8-neighbour) of a small binary image, as lists of pixel indices.
 * For cells only: a page would be too many.
 */
export function components(bin: BinaryImage): number[][] {
  const { width: w, height: h, data } = bin;
  const seen = new Uint8Array(w * h);
  const out: number[][] = [];
  const stack: number[] = [];
  for (let start = 0; start < data.length; start++) {
    if (!data[start] || seen[start]) continue;
    const comp: number[] = [];
    seen[start] = 1;
    stack.push(start);
    for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
      comp.push(i);
      const x = i % w;
      const y = (i - x) / w;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (data[j] && !seen[j]) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    out.push(comp);
  }
  return out;
}

/** Clears the pixels of ruling lines (and `extra` pixels either side) so cells hold only their ink. */
export function eraseRulings(
  bin: BinaryImage,
  lines: {
    horizontal: ReadonlyArray<{ pos: number; from: number; to: number; thickness: number }>;
    vertical: ReadonlyArray<{ pos: number; from: number; to: number; thickness: number }>;
  },
  extra: number,
): BinaryImage {
  const { width: w, height: h } = bin;
  const data = new Uint8Array(bin.data);
  for (const l of lines.horizontal) {
    const half = l.thickness / 2 + extra;
    for (let y = Math.max(0, Math.floor(l.pos - half)); y <= Math.min(h - 1, Math.ceil(l.pos + half)); y++) {
      data.fill(0, y * w + Math.max(0, l.from - extra), y * w + Math.min(w, l.to + extra + 1));
    }
  }
  for (const l of lines.vertical) {
    const half = l.thickness / 2 + extra;
    for (let x = Math.max(0, Math.floor(l.pos - half)); x <= Math.min(w - 1, Math.ceil(l.pos + half)); x++) {
      for (let y = Math.max(0, l.from - extra); y <= Math.min(h - 1, l.to + extra); y++) data[y * w + x] = 0;
    }
  }
  return { width: w, height: h, data };
}

/**
 * The lightest grey still counted as ink: a little under halfway from the ink's core (the 10th
 * percentile of what the local threshold takes for ink: the middle of strokes, not their blurred
 * edges) to the paper (the median of the page). A translucent seal on a grey scan,
 * lighter than the ink it covers, then falls on the paper side; on a colour scan its colour is
 * gone already.
 */
export function inkCeiling(grey: GreyImage, candidates: BinaryImage): number {
  const inkHist = new Float64Array(256);
  const allHist = new Float64Array(256);
  let inkCount = 0;
  for (let i = 0; i < grey.data.length; i += 2) {
    allHist[grey.data[i]]++;
    if (candidates.data[i]) {
      inkHist[grey.data[i]]++;
      inkCount++;
    }
  }
  const quantile = (hist: Float64Array, n: number, q: number): number => {
    let acc = 0;
    for (let v = 0; v < 256; v++) if ((acc += hist[v]) >= n * q) return v;
    return 255;
  };
  if (inkCount === 0) return 200;
  const ink = quantile(inkHist, inkCount, 0.1);
  const paper = quantile(allHist, Math.ceil(grey.data.length / 2), 0.5);
  return Math.round(ink + (paper - ink) * 0.45);
}

/**
 * The grey page kept only near ink: pixels within `radius` of an ink pixel keep their grey,
 * everything else turns white. The reader gets the strokes with their soft edges (a strict ink
 * mask alone makes them thin and broken), and no seal wash, dust or grain between them.
 */
export function greyNearInk(grey: GreyImage, ink: BinaryImage, radius: number): GreyImage {
  const { width: w, height: h } = grey;
  // Separable dilation: along rows, then along columns.
  const rows = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -Infinity;
    for (let x = 0; x < w; x++) {
      if (ink.data[y * w + x]) last = x;
      if (x - last <= radius) rows[y * w + x] = 1;
    }
    last = Infinity;
    for (let x = w - 1; x >= 0; x--) {
      if (ink.data[y * w + x]) last = x;
      if (last - x <= radius) rows[y * w + x] = 1;
    }
  }
  const out = new Uint8Array(w * h).fill(255);
  for (let x = 0; x < w; x++) {
    let last = -Infinity;
    for (let y = 0; y < h; y++) {
      if (rows[y * w + x]) last = y;
      if (y - last <= radius) out[y * w + x] = grey.data[y * w + x];
    }
    last = Infinity;
    for (let y = h - 1; y >= 0; y--) {
      if (rows[y * w + x]) last = y;
      if (last - y <= radius) out[y * w + x] = grey.data[y * w + x];
    }
  }
  return { width: w, height: h, data: out };
}

/** The image scaled by `f` (< 1 shrinks), by area averaging for shrinking, nearest otherwise. */
export function scale(img: GreyImage, f: number): GreyImage {
  const w = Math.max(1, Math.round(img.width * f));
  const h = Math.max(1, Math.round(img.height * f));
  const data = new Uint8Array(w * h);
  const step = 1 / f;
  for (let y = 0; y < h; y++) {
    const sy0 = Math.floor(y * step);
    const sy1 = Math.min(img.height, Math.max(sy0 + 1, Math.floor((y + 1) * step)));
    for (let x = 0; x < w; x++) {
      const sx0 = Math.floor(x * step);
      const sx1 = Math.min(img.width, Math.max(sx0 + 1, Math.floor((x + 1) * step)));
      let sum = 0;
      for (let yy = sy0; yy < sy1; yy++) for (let xx = sx0; xx < sx1; xx++) sum += img.data[yy * img.width + xx];
      data[y * w + x] = Math.round(sum / ((sy1 - sy0) * (sx1 - sx0)));
    }
  }
  return { width: w, height: h, data };
}

/**
 * Removes dust: ink components smaller than `small` pixels with no larger ink within `reach`
 * pixels. A comma or a decimal point sits next to characters and stays; a speck in the margin or
 * between lines (which the reader turns into 国 or a stray 。) goes.
 */
export function removeDust(bin: BinaryImage, small: number, reach: number): BinaryImage {
  const { width: w, height: h, data } = bin;
  const out = new Uint8Array(data);
  // Components from runs: each row's runs of ink, joined (union–find) with the runs of the row
  // above that touch them, diagonals included. Only the runs are visited, not every pixel's
  // eight neighbours.
  const starts: number[] = [];
  const ends: number[] = [];
  const rowFirst = new Int32Array(h + 1);
  for (let y = 0; y < h; y++) {
    rowFirst[y] = starts.length;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (!data[row + x]) continue;
      const from = x;
      while (x < w && data[row + x]) x++;
      starts.push(from);
      ends.push(x);
    }
  }
  rowFirst[h] = starts.length;
  const n = starts.length;
  const parent = new Int32Array(n);
  const size = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    parent[r] = r;
    size[r] = ends[r] - starts[r];
  }
  const root = (r: number): number => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]];
    return r;
  };
  for (let y = 1; y < h; y++) {
    let k = rowFirst[y - 1];
    for (let r = rowFirst[y]; r < rowFirst[y + 1]; r++) {
      // Runs above ending left of this one (with a pixel of room for the diagonal) touch no later run.
      while (k < rowFirst[y] && ends[k] < starts[r]) k++;
      for (let j = k; j < rowFirst[y] && starts[j] <= ends[r]; j++) {
        const a = root(r);
        const b = root(j);
        if (a === b) continue;
        parent[a] = b;
        size[b] += size[a];
      }
    }
  }
  let anySmall = false;
  for (let r = 0; r < n; r++) if (size[root(r)] < small) anySmall = true;
  if (!anySmall) return { width: w, height: h, data: out };
  // Coarse map of where large ink is, in cells of `reach` pixels.
  const cw = Math.ceil(w / reach);
  const ch = Math.ceil(h / reach);
  const large = new Uint8Array(cw * ch);
  for (let y = 0; y < h; y++) {
    const cy = Math.floor(y / reach) * cw;
    for (let r = rowFirst[y]; r < rowFirst[y + 1]; r++) {
      if (size[root(r)] < small) continue;
      for (let cx = Math.floor(starts[r] / reach); cx <= Math.floor((ends[r] - 1) / reach); cx++) large[cy + cx] = 1;
    }
  }
  // A small component's pixels go where no coarse cell around theirs holds large ink.
  for (let y = 0; y < h; y++) {
    const cy = Math.floor(y / reach);
    for (let r = rowFirst[y]; r < rowFirst[y + 1]; r++) {
      if (size[root(r)] >= small) continue;
      for (let cx = Math.floor(starts[r] / reach); cx <= Math.floor((ends[r] - 1) / reach); cx++) {
        let near = false;
        for (let dy = -1; dy <= 1 && !near; dy++)
          for (let dx = -1; dx <= 1 && !near; dx++) {
            const xx = cx + dx;
            const yy = cy + dy;
            if (xx >= 0 && yy >= 0 && xx < cw && yy < ch && large[yy * cw + xx]) near = true;
          }
        if (!near) out.fill(0, y * w + Math.max(starts[r], cx * reach), y * w + Math.min(ends[r], (cx + 1) * reach));
      }
    }
  }
  return { width: w, height: h, data: out };
}
