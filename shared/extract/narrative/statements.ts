import { subAnchor } from '../../model';
import type { LayoutParagraph, NarrativeStatement } from '../../model';
import { CN_NUMBER, readNumber } from './numerals';
import { splitSentences } from './sentences';

/**
 * White space between words and numbers, as PDF and WPS text carries it. Sentences are matched
 * with every run of white space (of any width) collapsed to one space first (`compact`), so this
 * is at most one character: a chain of optional words each followed by `S` then costs a constant
 * per position, where `[\s…]*` between optional words backtracked polynomially over a long run
 * of spaces (收到 and 300 spaces took 87 s).
 */
const S = ' ?';
const N = `(\\d+|${CN_NUMBER})`;
const UNIT = '(?:件|个|条|份|宗|起)';

/** Sentences about other periods or running totals: their numbers are not this year's total. */
const NOT_THIS_YEAR = /上年|去年|上一年|累计|历年|结转|以来/u;

/** Wording that counts something other than applications received (`协助办理…申请4件`). */
const NOT_RECEIVED = /协助|转办|其中|代为/u;

interface Pattern {
  topic: NarrativeStatement['topic'];
  re: RegExp;
  /** The value when the pattern states a count of none. */
  zero?: boolean;
}

const PATTERNS: Pattern[] = [
  {
    topic: 'applications',
    re: new RegExp(`(?:收到|受理|收取|接收|接到)(?:了)?${S}(?:各类)?${S}(?:政府)?${S}(?:信息)?${S}(?:公开)?${S}申请${S}(?:共|合计|总计)?${S}${N}${S}${UNIT}`, 'u'),
  },
  {
    topic: 'applications',
    re: new RegExp(`(?:收到|受理|接收|接到)(?:了)?${S}依申请公开${S}(?:申请|事项)?${S}(?:共|合计)?${S}${N}${S}${UNIT}`, 'u'),
  },
  {
    topic: 'applications',
    re: new RegExp(`(?:未|没有)${S}(?:收到|受理|接到|接收)(?:过)?${S}(?:任何)?${S}(?:政府)?${S}(?:信息)?${S}(?:公开)?${S}(?:申请|依申请公开)`, 'u'),
    zero: true,
  },
  {
    topic: 'normative_made',
    re: new RegExp(`(?:制发|印发|出台|制定)(?:了)?${S}(?:行政)?${S}规范性文件${S}(?:共)?${S}${N}${S}${UNIT}`, 'u'),
  },
];

/** Counts of reconsiderations and lawsuits: `行政复议0件，行政诉讼0件`, `行政诉讼案件2起`. */
const CASE_COUNTS: Array<{ topic: 'review' | 'litigation'; re: RegExp }> = [
  { topic: 'review', re: new RegExp(`行政复议(?:申请|案件)?${S}(?:共)?${S}${N}${S}${UNIT}`, 'u') },
  { topic: 'litigation', re: new RegExp(`行政诉讼(?:案件)?${S}(?:共)?${S}${N}${S}${UNIT}`, 'u') },
];

/** A clause that denies any case: `未发生…行政复议…`, `未收到公开行政复议、行政诉讼的情况`. */
const DENIAL = /(?:未|没有)(?:发生|收到|出现|产生|受理|涉及|被|因|有)/u;

/**
 * The longest sentence (white space collapsed) read for a count. Real statements are well under
 * 300 characters; a longer run without an end mark is a flattened table or a hostile line, and
 * capping it keeps every pattern's cost bounded per sentence.
 */
export const MAX_SENTENCE = 1000;

/** A sentence with every run of white space of any width collapsed to one ASCII space. */
function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ');
}

/** Splits a sentence into clauses at commas, keeping offsets. */
function clauses(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const m of text.matchAll(/[^，,]+/gu)) out.push({ text: m[0], start: m.index ?? 0 });
  return out;
}

/** True when the sentence names a year other than the report's: its numbers belong to that year. */
function otherYear(text: string, year: number | null): boolean {
  if (year === null) return false;
  return [...text.matchAll(/(\d{4})\s*年/gu)].some((m) => Number(m[1]) !== year);
}

/**
 * Finds the counts the narrative states: applications received, reconsiderations, lawsuits and
 * normative documents issued. Only sentences that plainly state this year's figure are taken; a
 * sentence about another year, a running total or a share (`其中`) is left alone.
 */
export function findStatements(paragraphs: LayoutParagraph[], year: number | null): NarrativeStatement[] {
  const out: NarrativeStatement[] = [];
  for (const p of paragraphs) {
    // Reconsiderations and lawsuits count here only where the paragraph is about disclosure.
    const aboutDisclosure = /公开/u.test(p.text);
    for (const sentence of splitSentences(p.text)) {
      // Matched on the compacted text; the statement keeps the sentence as written.
      const s = { ...sentence, text: compact(sentence.text) };
      if (s.text.length > MAX_SENTENCE) continue;
      if (otherYear(s.text, year)) continue;
      const anchor = subAnchor(p.anchor, s.start, s.end, p.text.length);
      const push = (topic: NarrativeStatement['topic'], value: number): void => {
        if (!out.some((o) => o.topic === topic && o.anchor === anchor)) out.push({ topic, value, text: sentence.text, anchor });
      };
      for (const pattern of PATTERNS) {
        const m = pattern.re.exec(s.text);
        if (!m) continue;
        // `收到申请12件，上年结转2件` still states this year's 12: only the clause of the count counts.
        const clauseStart = Math.max(s.text.lastIndexOf('，', m.index), s.text.lastIndexOf(',', m.index)) + 1;
        if (NOT_THIS_YEAR.test(s.text.slice(clauseStart, m.index + m[0].length))) continue;
        if (pattern.topic === 'applications' && NOT_RECEIVED.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue;
        const value = pattern.zero ? 0 : readNumber(m[1]);
        if (value !== null) push(pattern.topic, value);
      }
      if (!aboutDisclosure) continue;
      for (const c of clauses(s.text)) {
        if (NOT_THIS_YEAR.test(c.text)) continue;
        const counted = new Set<string>();
        for (const { topic, re } of CASE_COUNTS) {
          const m = re.exec(c.text);
          const value = m ? readNumber(m[1]) : null;
          if (value !== null) {
            push(topic, value);
            counted.add(topic);
          }
        }
        // A denial with no number in the clause: none of the cases it names happened.
        const denial = DENIAL.exec(c.text);
        // A count in the clause (not a year) means it states a number, which CASE_COUNTS reads.
        if (!denial || /\d/u.test(c.text.replace(/\d{4}\s*年/gu, ''))) continue;
        const after = c.text.slice(denial.index);
        if (after.includes('行政复议') && !counted.has('review')) push('review', 0);
        if (after.includes('行政诉讼') && !counted.has('litigation')) push('litigation', 0);
      }
    }
  }
  return out;
}
