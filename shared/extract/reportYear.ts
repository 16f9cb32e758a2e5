import { subAnchor } from '../model';
import type { LayoutParagraph, ReportData, YearEvidence } from '../model';
import { splitSentences } from './narrative/sentences';
import type { ReportTitle } from './meta';

const S = '[\\s\\u00a0\\u3000]*';

/** `统计期限自2020年1月1日起至2020年12月31日止`: the year the figures cover. */
const PERIOD = new RegExp(`(?:统计|数据)[^。；]{0,20}?(\\d{4})${S}年${S}1${S}月${S}1${S}日[^。；]{0,8}?至${S}(\\d{4})${S}年${S}12${S}月${S}31${S}日`, 'u');

/** A sentence that opens with the year as the time of the work it reports: `2020年，我局…`. */
const OPENING = new RegExp(`^(?:[（(][一二三四五六七八九十\\d]+[）)])?${S}((?:19|20)\\d{2})${S}年度?${S}(?:[，,]|以来|我|本|全|共|.{0,4}(?:收到|受理|主动公开))`, 'u');

/** How much each kind of evidence weighs: what the report says of itself counts double. */
const WEIGHT: Record<YearEvidence['source'], number> = { title: 2, period: 2, narrative: 1, signed: 1 };

/**
 * Gathers what the report says its year is: the title, the statistics period (统计期限), the year
 * its narrative opens its sentences with, and the signing date (a report is signed in the first
 * half of the following year).
 */
export function yearEvidence(paragraphs: LayoutParagraph[], title: ReportTitle | null, signed: ReportData['signed']): YearEvidence[] {
  const out: YearEvidence[] = [];
  if (title?.year) out.push({ source: 'title', year: title.year, text: title.text, anchor: title.anchor });
  const openings = new Map<number, YearEvidence[]>();
  let period: YearEvidence | null = null;
  for (const p of paragraphs) {
    for (const s of splitSentences(p.text)) {
      const anchor = () => subAnchor(p.anchor, s.start, s.end, p.text.length);
      // Cheap tests first: most sentences name no period and open with no year.
      if (!period && /统计|数据/u.test(s.text)) {
        const m = PERIOD.exec(s.text);
        if (m && m[1] === m[2]) period = { source: 'period', year: Number(m[1]), text: s.text, anchor: anchor() };
      }
      const o = /^\D{0,6}\d{4}/u.test(s.text) ? OPENING.exec(s.text) : null;
      if (o) {
        const year = Number(o[1]);
        openings.set(year, [...(openings.get(year) ?? []), { source: 'narrative', year, text: s.text, anchor: anchor() }]);
      }
    }
  }
  if (period) out.push(period);
  // The year most sentences open with speaks for the narrative (one vote, however many sentences).
  const narrative = [...openings.values()].sort((a, b) => b.length - a.length)[0];
  if (narrative && (openings.size === 1 || narrative.length > [...openings.values()].sort((a, b) => b.length - a.length)[1].length)) {
    out.push(narrative[0]);
  }
  if (signed) {
    const [y, m] = signed.date.split('-').map(Number);
    if (m <= 6) out.push({ source: 'signed', year: y - 1, text: signed.text, anchor: signed.anchor });
  }
  return out;
}

/**
 * The report year by weight of evidence (title and 统计期限 two votes each, the narrative and the
 * date one each); a tie goes to the title, then the period. Null without evidence.
 */
export function decideYear(evidence: YearEvidence[]): number | null {
  if (evidence.length === 0) return null;
  const votes = new Map<number, number>();
  for (const e of evidence) votes.set(e.year, (votes.get(e.year) ?? 0) + WEIGHT[e.source]);
  const top = Math.max(...votes.values());
  const leaders = [...votes].filter(([, v]) => v === top).map(([y]) => y);
  if (leaders.length === 1) return leaders[0];
  for (const source of ['title', 'period', 'signed', 'narrative'] as const) {
    const e = evidence.find((x) => x.source === source && leaders.includes(x.year));
    if (e) return e.year;
  }
  return leaders[0];
}
