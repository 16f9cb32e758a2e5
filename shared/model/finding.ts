import type { Anchor } from './anchor';

/** The rule ids of report-format.md: the public names of the checks. */
export type RuleId =
  | 't3.balance'
  | 't3.outcome_sum'
  | 't3.row_sum'
  | 't4.sum'
  | 'value.kind'
  | 'structure.missing'
  | 'template.version'
  | 'narrative.mismatch'
  | 'sections.missing'
  | 'meta.timeliness'
  | 'meta.stale_year'
  | 'fees.unreported'
  | 't2.plausibility'
  | 'cross_year.carry_over'
  | 'extract.uncertain'
  | 'ocr.low_confidence';

/** error: the report contradicts itself; warning: a likely defect; info: noteworthy. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a report. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Plain Chinese, with the numbers: 「（七）总计（自然人）为1，但各办理结果之和为3」. */
  message: string;
  /** Cell references `<table>.<row>.<col>` involved, e.g. `t3.unable.no_info.natural`. */
  cells: string[];
  /** Narrative passages involved (a sentence, a heading, the date line). */
  anchors: Anchor[];
}

/** Builds a cell reference `<table>.<row>.<col>`. */
export function cellRef(table: 't2' | 't3' | 't4', row: string, col: string): string {
  return `${table}.${row}.${col}`;
}

/** Splits a cell reference; the row key may itself contain a dot. */
export function parseCellRef(ref: string): { table: 't2' | 't3' | 't4'; row: string; col: string } | null {
  const first = ref.indexOf('.');
  const last = ref.lastIndexOf('.');
  if (first < 0 || last === first) return null;
  const table = ref.slice(0, first);
  if (table !== 't2' && table !== 't3' && table !== 't4') return null;
  return { table, row: ref.slice(first + 1, last), col: ref.slice(last + 1) };
}

/**
 * A stable identity for a finding across runs of the checks: its rule and cells (or, with no
 * cells, its message), so that a decision recorded on it finds it again after a reload.
 */
export function findingKey(finding: Pick<Finding, 'rule' | 'cells' | 'message'>): string {
  return `${finding.rule}|${finding.cells.length > 0 ? [...finding.cells].sort().join(',') : finding.message}`;
}
