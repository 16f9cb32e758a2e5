import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { T3_COLUMNS } from '../template';
import { num, t3ColLabel } from './cells';

/**
 * cross_year.carry_over: this year's 二、上年结转 must equal last year's 四、结转下年度继续办理,
 * column by column. Skipped when the two reports are not consecutive years.
 */
export function checkCrossYear(data: ReportData, previous: ReportData | null | undefined): Finding[] {
  if (!previous) return [];
  if (data.year !== null && previous.year !== null && previous.year !== data.year - 1) return [];
  const findings: Finding[] = [];
  for (const { key: col } of T3_COLUMNS) {
    const now = num(data.tables.t3, 'carried_over', col);
    const before = num(previous.tables.t3, 'carried_forward', col);
    if (now === null || before === null || now === before) continue;
    const lastYear = previous.year !== null ? `${previous.year}年度` : '上年';
    findings.push({
      rule: 'cross_year.carry_over',
      severity: 'error',
      message: `本年「二、上年结转政府信息公开申请数量」（${t3ColLabel(col)}）为${now}，` + `但${lastYear}报告「四、结转下年度继续办理」为${before}`,
      cells: [cellRef('t3', 'carried_over', col)],
      anchors: [],
    });
  }
  return findings;
}
