import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t2BlocksFor } from '../template';
import { rowFound, t3RowLabel, t3RowsInUse } from './cells';

interface ExpectedRow {
  key: string;
  label: string;
  columns: string[];
}

/** One warning per absent row, or a single one when the whole table is absent (25 would be noise). */
function missingRows(data: ReportData, table: 't2' | 't3' | 't4', title: string, rows: ExpectedRow[]): Finding[] {
  const absent = rows.filter((r) => !rowFound(data, table, r.key));
  if (absent.length === 0) return [];
  if (absent.length === rows.length) {
    return [{ rule: 'structure.missing', severity: 'warning', message: `未找到${title}`, cells: [], anchors: [] }];
  }
  return absent.map((r) => ({
    rule: 'structure.missing' as const,
    severity: 'warning' as const,
    message: `${title}缺少「${r.label}」一行`,
    cells: r.columns.map((col) => cellRef(table, r.key, col)),
    anchors: [],
  }));
}

/** structure.missing: template rows of the version in use that the extractor could not find. */
export function checkStructure(data: ReportData): Finding[] {
  const findings: Finding[] = [];
  const t2Version = data.tableVersions.t2 ?? data.template;
  if (t2Version !== null) {
    const rows = t2BlocksFor(t2Version).flatMap((b) => b.rows.map((r) => ({ key: r.key, label: r.label, columns: b.columns.map((c) => c.key) })));
    findings.push(...missingRows(data, 't2', '表二（主动公开政府信息情况）', rows));
  }
  const t3Rows = t3RowsInUse(data).map((r) => ({
    key: r.key,
    label: t3RowLabel(r.key),
    columns: T3_COLUMNS.map((c) => c.key),
  }));
  findings.push(...missingRows(data, 't3', '表三（收到和处理政府信息公开申请情况）', t3Rows));
  const t4Rows = T4_GROUPS.map((g) => ({ key: g.key, label: g.label, columns: T4_COLUMNS.map((c) => c.key) }));
  findings.push(...missingRows(data, 't4', '表四（政府信息公开行政复议、行政诉讼情况）', t4Rows));
  return findings;
}
