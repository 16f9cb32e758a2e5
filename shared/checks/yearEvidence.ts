import type { Finding, ReportData, YearEvidence } from '../model';

const WHAT: Record<YearEvidence['source'], string> = {
  title: '标题',
  period: '统计期限',
  narrative: '正文',
  signed: '落款日期',
};

/**
 * meta.stale_year, from the evidence of the year: the title or the statistics period (统计期限)
 * naming a year other than the one the rest of the report points to — a title left from last
 * year's report, or a period copied unchanged. The sentence that says it is anchored.
 */
export function checkYearEvidence(data: ReportData): Finding[] {
  const { year } = data;
  const evidence = data.yearEvidence ?? [];
  if (year === null) return [];
  const agreeing = [...new Set(evidence.filter((e) => e.year === year).map((e) => WHAT[e.source]))];
  return evidence
    .filter((e) => (e.source === 'title' || e.source === 'period') && e.year !== year)
    .map((e) => {
      const snippet = e.text.trim().length > 40 ? `${e.text.trim().slice(0, 40)}…` : e.text.trim();
      return {
        rule: 'meta.stale_year' as const,
        severity: 'warning' as const,
        message:
          `${WHAT[e.source]}写的是${e.year}年（「${snippet}」），` +
          `但${agreeing.length > 0 ? agreeing.join('、') : '其余内容'}表明报告年度为${year}年，疑似沿用往年报告`,
        cells: [],
        anchors: [e.anchor],
      };
    });
}
