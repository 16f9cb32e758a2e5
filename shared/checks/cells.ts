import type { CellValue, ReportData, TableValues } from '../model';
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t3RowsFor } from '../template';
import type { TemplateRow } from '../template';

/** The number in a cell, or null when the cell is missing or has no readable value. */
export function num(table: TableValues, row: string, col: string): number | null {
  return table[row]?.[col]?.value ?? null;
}

/** The cell itself, if the extractor produced it. */
export function cell(table: TableValues, row: string, col: string): CellValue | undefined {
  return table[row]?.[col];
}

/**
 * True when a row of a table was found in the source: listed in rowsFound, or one of its cells
 * has an anchor (a cell with an anchor was read from the file, even if blank).
 */
export function rowFound(data: ReportData, table: 't2' | 't3' | 't4', row: string): boolean {
  if (data.rowsFound.includes(`${table}.${row}`)) return true;
  const cells = data.tables[table][row];
  return cells !== undefined && Object.values(cells).some((c) => c.anchor !== undefined);
}

/**
 * The table 3 rows of the version this report uses: the three 2021 sub-rows of （六） when the
 * report splits it, else the single 2019 row. With no verdict from the extractor, the rows it
 * found decide, so that a report is never held to rows it was not written with.
 */
export function t3RowsInUse(data: ReportData): TemplateRow[] {
  const mode = data.tableVersions.t3Other;
  if (mode === 'split') return t3RowsFor('2021');
  if (mode === 'single') return t3RowsFor('2019');
  const split = t3RowsFor('2021').some((r) => r.key.startsWith('other.') && rowFound(data, 't3', r.key));
  return t3RowsFor(split ? '2021' : '2019');
}

/** The label of a table 3 row as a reader finds it: group and item, `（四）无法提供 1.本机关不掌握…`. */
export function t3RowLabel(key: string): string {
  const row = T3_ROWS.find((r) => r.key === key);
  if (!row) return key;
  return row.group ? `${row.group} ${row.label}` : row.label;
}

/** The Chinese label of a table 3 column (自然人, 商业企业 … 总计). */
export function t3ColLabel(key: string): string {
  return T3_COLUMNS.find((c) => c.key === key)?.label ?? key;
}

/** The Chinese label of a table 4 group (行政复议, 未经复议直接起诉, 复议后起诉). */
export function t4GroupLabel(key: string): string {
  return T4_GROUPS.find((g) => g.key === key)?.label ?? key;
}

/** The Chinese label of a table 4 column (结果维持 … 总计). */
export function t4ColLabel(key: string): string {
  return T4_COLUMNS.find((c) => c.key === key)?.label ?? key;
}
