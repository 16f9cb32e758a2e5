import type { ReportJson } from '../../shared/model';
import type { ExpectedReport } from './fixtures';

/** Every expected cell that the report does not have equal, as `t3.new.total: expected 1, got 2`. */
export function cellDifferences(actual: ReportJson, expected: ExpectedReport): string[] {
  const out: string[] = [];
  for (const table of ['t2', 't3', 't4'] as const) {
    for (const [row, cols] of Object.entries(expected.tables[table])) {
      for (const [col, value] of Object.entries(cols)) {
        const got = actual.tables[table][row]?.[col];
        if (got !== value) out.push(`${table}.${row}.${col}: expected ${value}, got ${got}`);
      }
    }
  }
  return out;
}

/**
 * The expected findings the report lacks: a finding matches when its rule agrees and it shares
 * one cell with the expected one (or the expected one lists no cells).
 */
export function missingFindings(actual: ReportJson, expected: ExpectedReport): string[] {
  return expected.findings
    .filter((want) => !actual.findings.some((got) => got.rule === want.rule && (want.cells.length === 0 || got.cells.some((c) => want.cells.includes(c)))))
    .map((want) => `${want.rule} ${want.cells.join(',')}: ${want.message}`);
}

/** Error findings the truth does not list (false alarms), and any finding of a rule it says is clean. */
export function unexpectedFindings(actual: ReportJson, expected: ExpectedReport): string[] {
  const allowedErrors = new Set(expected.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
  const clean = new Set(expected.clean ?? []);
  return actual.findings
    .filter((f) => (f.severity === 'error' && !allowedErrors.has(f.rule)) || clean.has(f.rule))
    .map((f) => `${f.rule} ${f.severity} ${f.cells.join(',')}: ${f.message}`);
}

/**
 * What a re-laid variant's findings get wrong against the truth: findings it lacks, false alarms,
 * and any row or section it reports missing (a variant of a complete sample lacks none).
 */
export function findingProblems(actual: ReportJson, expected: ExpectedReport): string[] {
  const noise = actual.findings.filter((f) => f.rule === 'structure.missing' || f.rule === 'sections.missing');
  return [
    ...missingFindings(actual, expected).map((f) => `missing: ${f}`),
    ...unexpectedFindings(actual, expected).map((f) => `unexpected: ${f}`),
    ...noise.map((f) => `noise: ${f.message}`),
  ];
}
