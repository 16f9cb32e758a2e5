import type { Finding, ReportData } from '../model';

/** `2021-01-28` → `2021年1月28日`. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * meta.timeliness: 条例 第四十九条 — departments publish by 1月31日, governments (and 管委会) by
 * 3月31日 of the following year; a date inside the report year is before the year it covers ended.
 * ISO dates compare as strings.
 */
export function checkTimeliness(data: ReportData): Finding[] {
  const { signed, year } = data;
  if (signed === null || year === null) return [];
  const government = data.organKind === 'government';
  const deadline = `${year + 1}-${government ? '03-31' : '01-31'}`;
  const yearEnd = `${year}-12-31`;
  if (signed.date > deadline) {
    return [
      {
        rule: 'meta.timeliness',
        severity: 'warning',
        message: `落款日期${chineseDate(signed.date)}晚于${government ? '政府' : '部门'}年报的公开期限` + `${chineseDate(deadline)}`,
        cells: [],
        anchors: [signed.anchor],
      },
    ];
  }
  if (signed.date < yearEnd) {
    return [
      {
        rule: 'meta.timeliness',
        severity: 'warning',
        message: `落款日期${chineseDate(signed.date)}早于${year}年度结束，不可能完整反映全年情况`,
        cells: [],
        anchors: [signed.anchor],
      },
    ];
  }
  return [];
}
