import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { T3_COLUMNS, T3_OUTCOME_ROWS } from '../template';
import { num, t3ColLabel, t3RowLabel, t3RowsInUse } from './cells';

const PARTY_COLUMNS = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** Sums numbers, or null when any is missing: a blank cell is reported once by value.kind, not again here. */
function sumOrNull(values: Array<number | null>): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return round(sum);
}

/** Keeps float noise out of messages and comparisons (counts are integers, but cells may not be). */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** t3.balance: per column, 一 + 二 = （七）总计 + 四 (the 勾稽关系 printed in the table header). */
export function checkT3Balance(data: ReportData): Finding[] {
  const t3 = data.tables.t3;
  const findings: Finding[] = [];
  for (const { key: col } of T3_COLUMNS) {
    const incoming = [num(t3, 'new', col), num(t3, 'carried_over', col)];
    const outgoing = [num(t3, 'total', col), num(t3, 'carried_forward', col)];
    const left = sumOrNull(incoming);
    const right = sumOrNull(outgoing);
    if (left === null || right === null || left === right) continue;
    findings.push({
      rule: 't3.balance',
      severity: 'error',
      message:
        `（${t3ColLabel(col)}）一、本年新收${incoming[0]}+二、上年结转${incoming[1]}=${left}，` +
        `但（七）总计${outgoing[0]}+四、结转下年度继续办理${outgoing[1]}=${right}`,
      cells: ['new', 'carried_over', 'total', 'carried_forward'].map((row) => cellRef('t3', row, col)),
      anchors: [],
    });
  }
  return findings;
}

/** t3.outcome_sum: per column, （七）总计 = the sum of every outcome row （一）…（六） in use. */
export function checkT3OutcomeSum(data: ReportData): Finding[] {
  const t3 = data.tables.t3;
  const inUse = new Set(t3RowsInUse(data).map((r) => r.key));
  const outcomeRows = T3_OUTCOME_ROWS.filter((key) => inUse.has(key));
  const findings: Finding[] = [];
  for (const { key: col } of T3_COLUMNS) {
    const total = num(t3, 'total', col);
    const sum = sumOrNull(outcomeRows.map((row) => num(t3, row, col)));
    if (total === null || sum === null || total === sum) continue;
    // Point at the total and at the outcome cells that carry a number, where the error must be.
    const nonZero = outcomeRows.filter((row) => num(t3, row, col) !== 0);
    findings.push({
      rule: 't3.outcome_sum',
      severity: 'error',
      message: `（七）总计（${t3ColLabel(col)}）为${total}，但各办理结果之和为${sum}`,
      cells: [cellRef('t3', 'total', col), ...nonZero.map((row) => cellRef('t3', row, col))],
      anchors: [],
    });
  }
  return findings;
}

/** t3.row_sum: per row, 总计 = 自然人 + the five 法人或其他组织 columns. */
export function checkT3RowSum(data: ReportData): Finding[] {
  const t3 = data.tables.t3;
  const findings: Finding[] = [];
  for (const { key: row } of t3RowsInUse(data)) {
    const total = num(t3, row, 'total');
    const sum = sumOrNull(PARTY_COLUMNS.map((col) => num(t3, row, col)));
    if (total === null || sum === null || total === sum) continue;
    findings.push({
      rule: 't3.row_sum',
      severity: 'error',
      message: `「${t3RowLabel(row)}」总计为${total}，但自然人与法人或其他组织各列之和为${sum}`,
      cells: T3_COLUMNS.map((c) => cellRef('t3', row, c.key)),
      anchors: [],
    });
  }
  return findings;
}
