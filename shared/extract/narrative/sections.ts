import { subAnchor } from '../../model';
import type { LayoutParagraph, SectionHeading } from '../../model';
import { normalizeLabel } from '../../lib/text';
import { readNumber } from './numerals';

/** Words that name each of the six sections (normalized), in section order. */
const SECTION_WORDS: string[][] = [
  ['总体情况', '基本情况'],
  ['主动公开政府信息', '主动公开情况'],
  ['收到和处理', '处理政府信息公开申请', '依申请公开'],
  ['行政复议', '行政诉讼'],
  ['存在的主要问题', '主要问题', '改进情况'],
  ['其他需要报告', '其他事项', '需要报告的事项'],
];

/**
 * How a heading is numbered, best first: 一、 (only ever a section), 2、/2. (a section when the
 * number agrees), （1）/（一） (often a sub-heading inside section 一, so the number must agree
 * and any better-numbered heading wins), none (a bare title).
 */
const NUMBERINGS: Array<{ re: RegExp; rank: number; mustAgree: boolean }> = [
  { re: /^第?([一二三四五六])(?:、|，|,|\.|部分)/u, rank: 0, mustAgree: false },
  { re: /^([1-6])(?:、|\.(?!\d))/u, rank: 1, mustAgree: true },
  { re: /^（([一二三四五六1-6])）/u, rank: 2, mustAgree: true },
];

/** The longest a heading may be once its number is gone; longer paragraphs are body text. */
const MAX_TITLE = 30;

interface Candidate {
  index: number;
  rank: number;
  order: number;
  heading: SectionHeading;
}

/** Which section a title names, or null. */
function sectionOf(title: string): number | null {
  for (let i = 0; i < SECTION_WORDS.length; i++) {
    if (SECTION_WORDS[i].some((w) => title.includes(w))) return i + 1;
  }
  return null;
}

/** A paragraph read as a section heading, or null when it is not one. */
function candidate(p: LayoutParagraph, order: number): Candidate | null {
  const norm = normalizeLabel(p.text);
  let number: number | null = null;
  let rank = 3;
  let title = norm;
  let mustAgree = false;
  for (const n of NUMBERINGS) {
    const m = n.re.exec(norm);
    if (!m) continue;
    number = readNumber(m[1]);
    rank = n.rank;
    mustAgree = n.mustAgree;
    title = norm.slice(m[0].length);
    break;
  }
  title = title.replace(/[。：:]$/u, '');
  // A heading is a title alone: `1.主动公开政府信息情况。2020年…` is a paragraph that starts like one.
  if (title.length === 0 || title.length > MAX_TITLE || /[。；，,]/u.test(title)) return null;
  const index = sectionOf(title);
  if (index === null) return null;
  if (mustAgree && number !== index) return null;
  // A bare title must be the whole heading, not a phrase that happens to contain the words.
  if (rank === 3 && (title.length > 20 || !/(情况|事项)$/u.test(title))) return null;
  return { index, rank, order, heading: { index, text: p.text.trim(), anchor: p.anchor } };
}

/** The full titles a heading inside running text may have, per section (numbered to agree). */
const INLINE_TITLES: string[][] = [
  ['总体情况', '基本情况'],
  ['主动公开政府信息情况', '主动公开情况'],
  ['收到和处理政府信息公开申请情况', '依申请公开情况', '依申请公开政府信息情况'],
  ['政府信息公开行政复议、行政诉讼情况', '行政复议、行政诉讼情况', '政府信息公开行政复议和行政诉讼情况'],
  ['存在的主要问题及改进情况', '存在的主要问题和改进情况', '主要问题及改进情况'],
  ['其他需要报告的事项', '其他需要报告事项'],
];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const GAP = '[\\s\\u00a0\\u3000]*';

/** `五、存在的主要问题及改进情况` inside a paragraph, tolerant of spaces between characters. */
const INLINE = INLINE_TITLES.map((titles, i) => {
  const words = titles.map((t) => [...t].map((ch) => ch.replace(/[()（）]/gu, '\\$&')).join(GAP)).join('|');
  return new RegExp(`(?:${NUMERALS[i]}|(?<!\\d)${i + 1})${GAP}[、.．]${GAP}(?:${words})`, 'u');
});

/**
 * Headings run into other text: a whole report in one line (text crawled from a web page), or a
 * PDF heading joined to the note under a table. Only a numbered full title counts, its number
 * agreeing with the section.
 */
function inlineCandidates(p: LayoutParagraph, order: number): Candidate[] {
  const out: Candidate[] = [];
  INLINE.forEach((re, i) => {
    const m = re.exec(p.text);
    if (!m) return;
    const start = m.index;
    const end = m.index + m[0].length;
    const text = p.text.slice(start, end);
    out.push({ index: i + 1, rank: 4, order, heading: { index: i + 1, text, anchor: subAnchor(p.anchor, start, end, p.text.length) } });
  });
  return out;
}

/**
 * Finds the headings of the six sections. For each section the best-numbered candidate wins
 * (then the first), so that 003's `（1） 主动公开政府信息情况` under section 一 loses to
 * `2、 主动公开政府信息情况`; a heading run into other text counts only where no paragraph is one.
 */
export function findSections(paragraphs: LayoutParagraph[]): SectionHeading[] {
  const best = new Map<number, Candidate>();
  const consider = (c: Candidate | null): void => {
    if (!c) return;
    const current = best.get(c.index);
    if (!current || c.rank < current.rank) best.set(c.index, c);
  };
  paragraphs.forEach((p, order) => consider(candidate(p, order)));
  if (best.size < SECTION_WORDS.length) {
    paragraphs.forEach((p, order) => {
      if (normalizeLabel(p.text).length > MAX_TITLE) inlineCandidates(p, order).forEach(consider);
    });
  }
  return [...best.values()].sort((a, b) => a.index - b.index).map((c) => c.heading);
}

/** The position (paragraph order) of each section heading found, for locating sentences. */
export function sectionStarts(paragraphs: LayoutParagraph[], sections: SectionHeading[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const s of sections) {
    const at = paragraphs.findIndex((p) => p.anchor === s.anchor && p.text.trim() === s.text);
    if (at >= 0) starts.set(s.index, at);
  }
  return starts;
}
