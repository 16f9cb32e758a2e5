import type { Finding, ReportData, YearMention } from '../model';

/** Enumerators that may open a sentence before its subject: （一）, 一是, 1., 一、. */
const LEAD = /^[\s\u00a0\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.．、])?[\s\u00a0\u3000]*/u;

/** Words that turn a year into a point of comparison or a span, not the year being reported. */
const COMPARISON = /与|比|较|相比|同比|环比|以来|至今|截至|截止|上年|去年|此前|自\s*\d{4}|《/u;

/**
 * True when a sentence opens with the year as the time of the work it describes
 * (`2019年，我局…`, `2019年度本单位…`): the shape of a paragraph copied from an old report.
 */
function opensWithYear(mention: YearMention): boolean {
  const rest = mention.text.replace(LEAD, '');
  const m = new RegExp(`^${mention.year}\\s*年度?\\s*([，,]|我|本|全|共)`, 'u').exec(rest);
  return m !== null;
}

/**
 * meta.stale_year: a sentence that describes an earlier year's work as the year of the report
 * (the sign of a copied old report). Conservative on purpose: only sentences that open with the
 * earlier year, with no comparison and no mention of the report year, are flagged.
 */
export function checkStaleYear(data: ReportData): Finding[] {
  const { year } = data;
  if (year === null) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const mention of data.yearMentions) {
    if (mention.year >= year || !opensWithYear(mention)) continue;
    if (COMPARISON.test(mention.text) || mention.text.includes(String(year))) continue;
    const snippet = mention.text.trim().slice(0, 30);
    if (seen.has(snippet)) continue;
    seen.add(snippet);
    findings.push({
      rule: 'meta.stale_year',
      severity: 'warning',
      message: `${year}年度报告写有「${snippet}${mention.text.trim().length > 30 ? '…' : ''}」，所述为${mention.year}年的工作，疑似沿用往年报告`,
      cells: [],
      anchors: [mention.anchor],
    });
  }
  return findings;
}
