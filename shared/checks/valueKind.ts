import { cellRef } from '../model';
import type { CellValue, Finding, ReportData } from '../model';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../template';
import { rowFound, t3ColLabel, t3RowLabel, t3RowsInUse, t4ColLabel, t4GroupLabel } from './cells';

/** What is wrong with a count cell, in words that follow 「…为」, or null when it is a count. */
function defect(cell: CellValue | undefined): string | null {
  // A cell read uncertain (digits run together, several splits) is extract.uncertain's to report.
  if (cell?.uncertain) return null;
  if (cell === undefined || (cell.value === null && cell.raw.trim() === '')) return '空，应填写数字';
  if (cell.value === null) return `「${cell.raw}」，应填写数字`;
  if (cell.value < 0 || !Number.isInteger(cell.value)) return `${cell.value}，应为非负整数`;
  return null;
}

/**
 * value.kind: every cell of tables 3 and 4 holds a non-negative integer. Only rows found in the
 * source are held to it: a row that is absent altogether is structure.missing's to report.
 */
export function checkValueKind(data: ReportData): Finding[] {
  const findings: Finding[] = [];
  for (const { key: row } of t3RowsInUse(data)) {
    if (!rowFound(data, 't3', row)) continue;
    for (const { key: col } of T3_COLUMNS) {
      const what = defect(data.tables.t3[row]?.[col]);
      if (what === null) continue;
      findings.push({
        rule: 'value.kind',
        severity: 'error',
        message: `表三「${t3RowLabel(row)}」（${t3ColLabel(col)}）为${what}`,
        cells: [cellRef('t3', row, col)],
        anchors: [],
      });
    }
  }
  for (const { key: group } of T4_GROUPS) {
    if (!rowFound(data, 't4', group)) continue;
    for (const { key: col } of T4_COLUMNS) {
      const what = defect(data.tables.t4[group]?.[col]);
      if (what === null) continue;
      findings.push({
        rule: 'value.kind',
        severity: 'error',
        message: `表四「${t4GroupLabel(group)}」（${t4ColLabel(col)}）为${what}`,
        cells: [cellRef('t4', group, col)],
        anchors: [],
      });
    }
  }
  return findings;
}
