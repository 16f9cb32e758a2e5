import type { PageGeometry } from '../pdf/geometry';

const CJK = /[\u3400-\u9fff]/u;

/** Fewest characters agreeing around the one that differs, both sides together. */
const MIN_CONTEXT = 5;

/**
 * Large type read by OCR (the title), set right by the body text of the same document. The
 * Chinese model misreads big bold characters (科学技术局 as 科学技木局) yet reads the same words
 * in body type well, and a report names its organ again in its text (编制威海市科学技术局…,
 * 请与…科学技术局办公室联系). A character of a large-type line is replaced when the body holds
 * the same words with just that character different — at least MIN_CONTEXT characters agreeing
 * around it, on both sides — and the large-type reading of it is attested nowhere in the body
 * (neither of the two character pairs it forms occurs there). Only Chinese characters are
 * changed, never digits: a title's 2020 is not 'corrected' to a 2021 the text mentions.
 * Runs without a confidence (a text layer, not OCR) are left alone.
 */
export function correctLargeType(pages: readonly PageGeometry[]): PageGeometry[] {
  const runs = pages.flatMap((p) => p.runs.filter((r) => r.confidence !== undefined));
  if (runs.length === 0) return [...pages];
  // The body's size: the median size of a character (not of a run: a page of table cells, one
  // or two digits each, would pull it down to the digits' height).
  const sized = runs.map((r) => ({ size: r.size, chars: [...r.text].length })).sort((a, b) => a.size - b.size);
  const half = sized.reduce((n, r) => n + r.chars, 0) / 2;
  let seen = 0;
  const body = sized.find((r) => (seen += r.chars) >= half)?.size ?? 0;
  const isLarge = (size: number): boolean => size >= body * 1.5;
  const text = runs
    .filter((r) => !isLarge(r.size))
    .map((r) => r.text)
    .join('');
  if (text.length === 0 || body === 0) return [...pages];
  return pages.map((page) => ({
    ...page,
    runs: page.runs.map((r) => (r.confidence !== undefined && isLarge(r.size) ? { ...r, text: correctFromBody(r.text, text) } : r)),
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
      if (!CJK.test(t[i]) || !CJK.test(b[i + d])) continue;
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
