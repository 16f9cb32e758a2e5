import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { T4_COLUMNS, T4_GROUPS } from '../template';
import { num, t4ColLabel, t4GroupLabel } from './cells';

const PARTS = T4_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** t4.sum: for each of 行政复议, 未经复议直接起诉, 复议后起诉, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function checkT4Sums(data: ReportData): Finding[] {
  const t4 = data.tables.t4;
  const findings: Finding[] = [];
  for (const { key: group } of T4_GROUPS) {
    const parts = PARTS.map((col) => num(t4, group, col));
    const total = num(t4, group, 'total');
    // A blank cell is value.kind's to report; a sum over it would only repeat that.
    if (total === null || parts.some((v) => v === null)) continue;
    const sum = Math.round((parts as number[]).reduce((a, b) => a + b, 0) * 1e6) / 1e6;
    if (sum === total) continue;
    const terms = PARTS.map((col, i) => `${t4ColLabel(col)}${parts[i]}`).join('+');
    findings.push({
      rule: 't4.sum',
      severity: 'error',
      message: `${t4GroupLabel(group)}：${terms}=${sum}，但总计为${total}`,
      cells: T4_COLUMNS.map((c) => cellRef('t4', group, c.key)),
      anchors: [],
    });
  }
  return findings;
}
