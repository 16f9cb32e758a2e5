import { subAnchor } from '../../model';
import type { LayoutParagraph, YearMention } from '../../model';
import { splitSentences } from './sentences';

/** `2020年`, `2020 年` — four digits not part of a longer number (a phone, a file number). */
const YEAR = /(?<!\d)((?:19|20)\d{2})[\s\u00a0\u3000]*年/gu;

/**
 * Every year written in the narrative, with the sentence around it, for meta.stale_year to judge.
 * The anchor covers the sentence, where a reviewer reads the year in context.
 */
export function findYearMentions(paragraphs: LayoutParagraph[]): YearMention[] {
  const out: YearMention[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      const years = new Set([...s.text.matchAll(YEAR)].map((m) => Number(m[1])));
      for (const year of years) {
        out.push({ year, text: s.text, anchor: subAnchor(p.anchor, s.start, s.end, p.text.length) });
      }
    }
  }
  return out;
}
