import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { t2BlocksFor } from '../template';
import { num } from './cells';

/** Columns of table 2 that may be negative: 本年增/减 is a signed change. */
const SIGNED_COLUMNS = new Set(['change']);

/**
 * t2.plausibility: documents published (2019: 本年新公开数量) or issued (2021: 本年制发件数) this
 * year cannot exceed those in force at its end; and no count or amount is negative.
 */
export function checkT2Plausibility(data: ReportData): Finding[] {
  const version = data.tableVersions.t2 ?? data.template;
  if (version === null) return [];
  const t2 = data.tables.t2;
  const findings: Finding[] = [];
  const thisYear = version === '2019' ? { col: 'published', words: '本年新公开数量' } : { col: 'made', words: '本年制发件数' };
  const inForceWords = version === '2019' ? '对外公开总数量' : '现行有效件数';
  for (const [row, label] of [
    ['regulations', '规章'],
    ['normative', '规范性文件'],
  ] as const) {
    const part = num(t2, row, thisYear.col);
    const whole = num(t2, row, 'in_force');
    if (part === null || whole === null || part <= whole) continue;
    findings.push({
      rule: 't2.plausibility',
      severity: 'warning',
      message: `表二${label}${thisYear.words}为${part}，大于${inForceWords}${whole}`,
      cells: [cellRef('t2', row, thisYear.col), cellRef('t2', row, 'in_force')],
      anchors: [],
    });
  }
  for (const block of t2BlocksFor(version)) {
    for (const row of block.rows) {
      for (const col of block.columns) {
        const v = num(t2, row.key, col.key);
        if (v === null || v >= 0 || SIGNED_COLUMNS.has(col.key)) continue;
        findings.push({
          rule: 't2.plausibility',
          severity: 'warning',
          message: `表二${row.label}「${col.label}」为${v}，不应为负数`,
          cells: [cellRef('t2', row.key, col.key)],
          anchors: [],
        });
      }
    }
  }
  return findings;
}
