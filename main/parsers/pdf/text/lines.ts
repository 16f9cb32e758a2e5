import { unionBox, type Box, type TextRun } from '../geometry';

/** Runs on one visual line, left to right, with the text they make. */
export interface TextLine extends Box {
  runs: TextRun[];
  text: string;
  size: number;
}

/** CJK ideographs, kana, full-width forms and CJK punctuation: joined without spaces. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026\u2014]/u;

/** True for a character that is written without spaces around it in Chinese text. */
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * Groups runs into lines: runs that overlap vertically by at least half the smaller height
 * share a line. Vertical (top-to-bottom) runs stay lines of their own. Lines come top to bottom.
 */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.top - a.top || a.left - b.left);
  const groups: TextRun[][] = [];
  const boxes: Box[] = [];
  for (const run of sorted) {
    let placed = false;
    if (!run.vertical) {
      // Scan recent lines only: a run belongs to one of the last few lines started.
      for (let g = groups.length - 1; g >= Math.max(0, groups.length - 4); g--) {
        const box = boxes[g];
        if (groups[g][0].vertical) continue;
        const overlap = Math.min(box.top, run.top) - Math.max(box.bottom, run.bottom);
        const smaller = Math.min(box.top - box.bottom, run.top - run.bottom);
        if (overlap >= smaller * 0.5) {
          groups[g].push(run);
          boxes[g] = unionBox([box, run]);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      groups.push([run]);
      boxes.push({ left: run.left, right: run.right, bottom: run.bottom, top: run.top });
    }
  }
  return groups
    .map((g, i) => {
      const ordered = g.sort((a, b) => a.left - b.left);
      return { ...boxes[i], runs: ordered, text: joinRuns(ordered), size: Math.max(...ordered.map((r) => r.size)) };
    })
    .sort((a, b) => b.top - a.top || a.left - b.left);
}

/**
 * Joins runs of one line. A space is kept where the source drew one, or where a wide gap
 * separates two non-CJK words; runs split by the producer (one character per item, `2` `1`) are
 * glued back together. Overlapping duplicates (fake bold drawn twice) are dropped.
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    if (prev && run.text === prev.text && Math.abs(run.left - prev.left) < run.size * 0.3) continue;
    if (prev) {
      const gap = run.left - prev.right;
      const last = prev.text[prev.text.length - 1];
      const first = run.text[0];
      const cjkJoint = isCjk(last) || isCjk(first);
      // pdf.js itself inserts spaces where it sees wide gaps (CJK/Latin autospacing, justified
      // lines), so a space at a CJK joint is never trusted: `2023 年` reads `2023年` as in Word.
      if (!cjkJoint && (run.spaceBefore || gap > run.size * 0.6)) out += ' ';
    }
    out += run.text;
    prev = run;
  }
  return out;
}

/**
 * Joins the lines of a wrapped label or paragraph: no separator at a CJK joint (`本年新` +
 * `制作数量`), one space between two Latin or numeric words.
 */
export function joinWrapped(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    if (!text) continue;
    if (out) {
      const last = out[out.length - 1];
      const first = text[0];
      if (!isCjk(last) && !isCjk(first) && /[0-9A-Za-z]/.test(last) && /[0-9A-Za-z]/.test(first)) out += ' ';
    }
    out += text;
  }
  return out;
}
