import { cellRef } from '../model';
import { hasLeadingZero } from '../lib/values';
import type { CellValue, Finding, ReportData } from '../model';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../template';
import { isBlankCell } from './adjust';
import { rowFound, t3ColLabel, t3RowLabel, t3RowsInUse, t4ColLabel, t4GroupLabel } from './cells';

/** How many blank cells a message names before it says 等. */
const NAMED = 5;

/** What is wrong with a count cell that is not blank, in words that follow 「…为」, or null. */
function defect(cell: CellValue): string | null {
  // A cell read uncertain (digits run together, several splits) is extract.uncertain's to report.
  if (cell.uncertain) return null;
  // Two numbers in one cell (`0 1`, a number on each line), or a count written with a leading
  // zero (`01`): the digits of two cells run together where a ruling between two rows was lost,
  // read as one number that may be neither cell's.
  const raw = cell.raw.trim();
  if (/[0-9０-９][\s\u00a0\u3000]+[0-9０-９]/u.test(raw) || hasLeadingZero(raw)) {
    return `「${cell.raw}」，像是两格的数字连在一起（表格线缺失？），请对照原文核对`;
  }
  if (cell.value === null) return `「${cell.raw}」，应填写数字`;
  if (cell.value < 0 || !Number.isInteger(cell.value)) return `${cell.value}，应为非负整数`;
  return null;
}

interface TableCell {
  ref: string;
  /** 「row」（col） as a reader finds it. */
  label: string;
  cell: CellValue | undefined;
}

/** The per-table findings: one for all blank (or absent) cells, one per text or bad number. */
function tableFindings(table: '表三' | '表四', cells: TableCell[]): Finding[] {
  const findings: Finding[] = [];
  const blank = cells.filter((c) => c.cell === undefined || (!c.cell.uncertain && isBlankCell(c.cell)));
  if (blank.length === 1) {
    const [c] = blank;
    const what = c.cell && c.cell.raw.trim() !== '' ? `「${c.cell.raw}」，应填写数字` : '空，应填写数字';
    findings.push({ rule: 'value.kind', severity: 'error', message: `${table}${c.label}为${what}`, cells: [c.ref], anchors: [] });
  } else if (blank.length > 1) {
    const named = blank
      .slice(0, NAMED)
      .map((c) => c.label)
      .join('、');
    findings.push({
      rule: 'value.kind',
      severity: 'error',
      message: `${table}有${blank.length}个单元格为空，应填写数字：${named}${blank.length > NAMED ? '等' : ''}`,
      cells: blank.map((c) => c.ref),
      anchors: [],
    });
  }
  for (const c of cells) {
    if (!c.cell || isBlankCell(c.cell)) continue;
    const what = defect(c.cell);
    if (what !== null) findings.push({ rule: 'value.kind', severity: 'error', message: `${table}${c.label}为${what}`, cells: [c.ref], anchors: [] });
  }
  return findings;
}

/**
 * value.kind: every cell of tables 3 and 4 holds a non-negative integer. Blank cells (empty or a
 * dash) are one finding per table listing them all (report-format.md), so that a report left
 * half empty gives two findings, not a hundred; text and bad numbers are one finding each. Only
 * rows found in the source are held to it: a row absent altogether is structure.missing's.
 */
export function checkValueKind(data: ReportData): Finding[] {
  const t3: TableCell[] = [];
  for (const { key: row } of t3RowsInUse(data)) {
    if (!rowFound(data, 't3', row)) continue;
    for (const { key: col } of T3_COLUMNS) {
      t3.push({ ref: cellRef('t3', row, col), label: `「${t3RowLabel(row)}」（${t3ColLabel(col)}）`, cell: data.tables.t3[row]?.[col] });
    }
  }
  const t4: TableCell[] = [];
  for (const { key: group } of T4_GROUPS) {
    if (!rowFound(data, 't4', group)) continue;
    for (const { key: col } of T4_COLUMNS) {
      t4.push({ ref: cellRef('t4', group, col), label: `「${t4GroupLabel(group)}」（${t4ColLabel(col)}）`, cell: data.tables.t4[group]?.[col] });
    }
  }
  return [...tableFindings('表三', t3), ...tableFindings('表四', t4)];
}
