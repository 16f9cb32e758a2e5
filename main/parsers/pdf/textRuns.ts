import { unifyIdeographs } from '../../../shared/lib/ideographs';
import type { TextRun } from './geometry';

/** The parts of a pdf.js text item this module needs. */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  dir?: string;
}

const SPACES = /[\s\u00a0\u3000]+/u;

/**
 * Converts a pdf.js text item (baseline origin, PDF user space) into runs with boxes, one per
 * space-separated word: producers often draw a whole row of table values (`0 0 0`) as one item,
 * and splitting at the spaces lets each value fall into its own cell. Word positions inside the
 * item are estimated from character widths (CJK and full-width characters 1 em, others ½ em).
 * Radicals a font put for ideographs are read as the ideographs (shared/lib/ideographs.ts).
 */
export function runsFromItem(item: RawTextItem): TextRun[] {
  // A font that maps 工 to the radical ⼯ (Chrome's PDFs) still writes 工.
  const text = unifyIdeographs(item.str);
  if (!text || !text.trim()) return [];
  const [a, b, c, d, e, f] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  // A vertical font advances downwards: pdf.js reports its advance as the height.
  const vertical = item.dir === 'ttb' || (item.height > item.width * 1.5 && item.height > size * 1.5 && [...text.trim()].length > 1);
  if (vertical) {
    return [{ text: text.trim(), left: e, right: e + Math.max(item.width, size), bottom: f - item.height, top: f, size, vertical: true }];
  }
  const bottom = f - size * 0.2;
  const top = f + size * 0.8;
  const width = item.width > 0 ? item.width : estimateEm([...text]) * size;
  const chars = [...text];
  const totalEm = estimateEm(chars) || 1;
  const runs: TextRun[] = [];
  let emBefore = 0;
  let word = '';
  let wordStartEm = 0;
  let wordSpaceBefore = false;
  let pendingSpace = false;
  const flush = (endEm: number): void => {
    if (!word) return;
    const run: TextRun = { text: word, left: e + (width * wordStartEm) / totalEm, right: e + (width * endEm) / totalEm, bottom, top, size };
    if (wordSpaceBefore) run.spaceBefore = true;
    runs.push(run);
    word = '';
  };
  for (const ch of chars) {
    const em = charEm(ch);
    if (SPACES.test(ch)) {
      flush(emBefore);
      pendingSpace = true;
    } else {
      if (!word) {
        wordStartEm = emBefore;
        wordSpaceBefore = pendingSpace;
        pendingSpace = false;
      }
      word += ch;
    }
    emBefore += em;
  }
  flush(emBefore);
  return runs;
}

function estimateEm(chars: string[]): number {
  let sum = 0;
  for (const ch of chars) sum += charEm(ch);
  return sum;
}

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 1 : 0.5;
}
