import { HAN } from './ocrText';
import type { PageGeometry, TextRun } from '../pdf/geometry';

/** Fewest characters agreeing around the one that differs, both sides together. */
const MIN_CONTEXT = 5;

/** Characters one em wide: Chinese, its punctuation, full-width forms (one em each). */
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
/** Punctuation the reader gives as ASCII (，as ,) though printed full-width in Chinese text. */
const READ_AS_ASCII = /[,;:!?()]/u;

/** Fewest full-width characters in a line for its type size to be measured. */
const MIN_MEASURED = 4;

/**
 * How much larger than the body a line's type must be to count as large: a title set in 二号
 * (22 pt) or 小二 (18 pt) over a body in 三号 (16 pt) is 1.125–1.375 times the body's size, while
 * the body's own lines differ by a few per cent (justified lines are spread a little).
 */
const LARGE = 1.1;

/**
 * A line's type size measured by its character pitch: its width over its characters, a Chinese
 * character (or its punctuation, read as ASCII or not) one em, a digit or letter half an em. The height of an OCR line box
 * is no measure: it holds the line's ascenders, quotes and brackets and varies by a third from
 * line to line of the same body type, where the pitch varies by a few per cent. Null for a line
 * with too few Chinese characters to tell (a number, a date, a short cell).
 */
export function typePitch(run: TextRun): number | null {
  const chars = [...run.text].filter((c) => c.trim() !== '');
  const chinese = chars.filter((c) => WIDE.test(c)).length;
  if (chinese < MIN_MEASURED || run.vertical) return null;
  const wide = chinese + chars.filter((c) => READ_AS_ASCII.test(c)).length;
  return (run.right - run.left) / (wide + 0.5 * (chars.length - wide));
}

/**
 * Large type read by OCR (the title), set right by the body text of the same document. The
 * Chinese model misreads big bold characters (科学技术局 as 科学技木局) yet reads the same words
 * in body type well, and a report names its organ again in its text (编制威海市科学技术局…,
 * 请与…科学技术局办公室联系). A character of a large-type line is replaced when the body holds
 * the same words with just that character different — at least MIN_CONTEXT characters agreeing
 * around it, on both sides — and the large-type reading of it is attested nowhere in the body
 * (neither of the two character pairs it forms occurs there). Only Chinese characters are
 * changed, never digits: a title's 2020 is not 'corrected' to a 2021 the text mentions.
 * Runs without a confidence (a text layer, not OCR) are left alone. Large means a character
 * pitch (typePitch) at least LARGE times the body's: the median pitch of a character of the OCR'd lines.
 */
export function correctLargeType(pages: readonly PageGeometry[]): PageGeometry[] {
  const runs = pages.flatMap((p) => p.runs.filter((r) => r.confidence !== undefined));
  if (runs.length === 0) return [...pages];
  // The body's pitch: the median pitch of a character (not of a line: a page of table labels,
  // short lines in small type, would pull it down).
  const measured = runs
    .map((r) => ({ pitch: typePitch(r), chars: [...r.text].length }))
    .filter((r): r is { pitch: number; chars: number } => r.pitch !== null)
    .sort((a, b) => a.pitch - b.pitch);
  const half = measured.reduce((n, r) => n + r.chars, 0) / 2;
  let seen = 0;
  const body = measured.find((r) => (seen += r.chars) >= half)?.pitch ?? 0;
  const isLarge = (r: TextRun): boolean => {
    const pitch = typePitch(r);
    return pitch !== null && pitch >= body * LARGE;
  };
  const text = runs
    .filter((r) => !isLarge(r))
    .map((r) => r.text)
    .join('');
  if (text.length === 0 || body === 0) return [...pages];
  return pages.map((page) => ({
    ...page,
    runs: page.runs.map((r) => (r.confidence !== undefined && isLarge(r) ? { ...r, text: correctFromBody(r.text, text) } : r)),
  }));
}

/** `line` with each character the body text corrects replaced (see correctLargeType). */
export function correctFromBody(line: string, body: string): string {
  const t = [...line];
  const b = [...body];
  const proposals = new Map<number, Set<string>>();
  for (let d = -(t.length - 1); d < b.length; d++) {
    // Along one diagonal: t[i] against b[i + d]; a mismatch between two runs of agreement.
    const from = Math.max(0, -d);
    const to = Math.min(t.length, b.length - d);
    const misses: number[] = [];
    for (let i = from; i < to; i++) if (t[i] !== b[i + d]) misses.push(i);
    for (let k = 0; k < misses.length; k++) {
      const i = misses[k];
      const left = i - (k > 0 ? misses[k - 1] + 1 : from);
      const right = (k + 1 < misses.length ? misses[k + 1] : to) - i - 1;
      if (left < 1 || right < 1 || left + right < MIN_CONTEXT) continue;
      if (!HAN.test(t[i]) || !HAN.test(b[i + d])) continue;
      const set = proposals.get(i) ?? new Set<string>();
      set.add(b[i + d]);
      proposals.set(i, set);
    }
  }
  for (const [i, set] of proposals) {
    if (set.size !== 1) continue;
    const attested = (i > 0 && body.includes(t[i - 1] + t[i])) || (i + 1 < t.length && body.includes(t[i] + t[i + 1]));
    if (!attested) t[i] = [...set][0];
  }
  return t.join('');
}
