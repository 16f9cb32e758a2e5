import type { BinaryImage } from './raster';

/** A ruling found in the pixels: horizontal at row `pos` (x from..to) or vertical at column `pos`. */
export interface PixelRuling {
  pos: number;
  from: number;
  to: number;
  /** Line thickness in pixels. */
  thickness: number;
}

/** The ruling lines of a deskewed, binarised page. */
export interface PixelRulings {
  horizontal: PixelRuling[];
  vertical: PixelRuling[];
}

/**
 * Finds the ruling lines of a deskewed page: runs of ink along a row (column) longer than
 * `minH` (`minV`) pixels, gaps of up to `gap` pixels bridged (JPEG and blur break thin lines),
 * joined with the runs of the neighbouring rows (columns) that overlap them into one line with a
 * thickness. Text strokes are far shorter than any ruling.
 */
export function findPixelRulings(bin: BinaryImage, minH: number, minV: number, gap: number): PixelRulings {
  const { width: w, height: h, data } = bin;
  // Both directions in one sweep down the rows (the page is read in memory order): each row's
  // runs as they come, each column's run carried from row to row.
  const rowRuns: Array<Array<[number, number]>> = [];
  const colRuns: Array<Array<[number, number]>> = Array.from({ length: w }, () => []);
  const colStart = new Int32Array(w).fill(-1);
  const colLast = new Int32Array(w).fill(-1);
  for (let y = 0; y < h; y++) {
    const here: Array<[number, number]> = [];
    let start = -1;
    let last = -1;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (!data[row + x]) continue;
      if (start >= 0 && x - last - 1 <= gap) last = x;
      else {
        if (start >= 0 && last - start + 1 >= minH) here.push([start, last]);
        start = last = x;
      }
      if (colStart[x] >= 0 && y - colLast[x] - 1 <= gap) colLast[x] = y;
      else {
        if (colStart[x] >= 0 && colLast[x] - colStart[x] + 1 >= minV) colRuns[x].push([colStart[x], colLast[x]]);
        colStart[x] = colLast[x] = y;
      }
    }
    if (start >= 0 && last - start + 1 >= minH) here.push([start, last]);
    rowRuns.push(here);
  }
  for (let x = 0; x < w; x++) if (colStart[x] >= 0 && colLast[x] - colStart[x] + 1 >= minV) colRuns[x].push([colStart[x], colLast[x]]);
  return { horizontal: joinAdjacent(rowRuns), vertical: joinAdjacent(colRuns) };
}

/** Joins runs on consecutive lines that overlap by half their length into one thick ruling. */
function joinAdjacent(lines: Array<Array<[number, number]>>): PixelRuling[] {
  interface Open {
    first: number;
    last: number;
    from: number;
    to: number;
    sum: number;
    n: number;
  }
  const done: PixelRuling[] = [];
  let open: Open[] = [];
  const close = (o: Open): void => {
    done.push({ pos: o.sum / o.n, from: o.from, to: o.to, thickness: o.last - o.first + 1 });
  };
  lines.forEach((runsHere, pos) => {
    const next: Open[] = [];
    const used = new Set<Open>();
    for (const [from, to] of runsHere) {
      const match = open.find((o) => !used.has(o) && Math.min(o.to, to) - Math.max(o.from, from) >= 0.5 * Math.min(o.to - o.from, to - from));
      if (match) {
        used.add(match);
        match.last = pos;
        match.from = Math.min(match.from, from);
        match.to = Math.max(match.to, to);
        match.sum += pos;
        match.n++;
        next.push(match);
      } else next.push({ first: pos, last: pos, from, to, sum: pos, n: 1 });
    }
    for (const o of open) if (!used.has(o)) close(o);
    open = next;
  });
  for (const o of open) close(o);
  return done;
}
