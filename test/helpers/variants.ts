import type { ReportData, ReportJson } from '../../shared/model';
import type { ExpectedReport } from './fixtures';

/** How a re-laid variant's cells compare with the truth. */
export interface CellTally {
  exact: number;
  /** Cells read null and marked uncertain, the truth among their candidates (never a guess). */
  ambiguous: string[];
  /** Anything else: a wrong number, or null without an uncertain mark that holds the truth. */
  wrong: string[];
}

/** Compares every expected cell: exact, honestly ambiguous, or wrong. */
export function tallyCells(json: ReportJson, data: ReportData, expected: ExpectedReport): CellTally {
  const tally: CellTally = { exact: 0, ambiguous: [], wrong: [] };
  for (const table of ['t2', 't3', 't4'] as const) {
    for (const [row, cols] of Object.entries(expected.tables[table])) {
      for (const [col, want] of Object.entries(cols)) {
        const got = json.tables[table][row]?.[col];
        const ref = `${table}.${row}.${col}`;
        if (got === want) tally.exact++;
        else if (got === null && want !== null && data.tables[table][row]?.[col]?.uncertain?.includes(want)) tally.ambiguous.push(ref);
        else tally.wrong.push(`${ref}: expected ${want}, got ${got}`);
      }
    }
  }
  return tally;
}
