import { parseCellRef } from '../model';
import type { CellValue, Correction, ReviewAnnotations, ReportData, TableValues } from '../model';

export type { Correction };

/** The auditor's decisions that change what the checks see (never the extracted data). */
export interface Adjustments {
  /** 空白按 0 计: blank (or dash) cells count as 0 in the sums. */
  blankAsZero: boolean;
  corrections: Correction[];
}

/** No decisions: the checks see the data as extracted. */
export const NO_ADJUSTMENTS: Adjustments = { blankAsZero: false, corrections: [] };

const DASH = /^[\s\-－—–―─/／\\]*$/;

/** True when a cell holds no number and nothing but space or a dash: a blank to fill in. */
export function isBlankCell(cell: CellValue): boolean {
  return cell.value === null && !cell.uncertain && DASH.test(cell.raw);
}

/** The adjustments recorded in a report's annotations (none when it has none). */
export function adjustmentsOf(annotations: Pick<ReviewAnnotations, 'blankAsZero' | 'corrections'> | undefined | null): Adjustments {
  return { blankAsZero: annotations?.blankAsZero === true, corrections: annotations?.corrections ?? [] };
}

/** True when the adjustments change nothing. */
export function isNeutral(adj: Adjustments): boolean {
  return !adj.blankAsZero && adj.corrections.length === 0;
}

function copyTables(data: ReportData): ReportData['tables'] {
  const copy = (t: TableValues): TableValues => Object.fromEntries(Object.entries(t).map(([row, cols]) => [row, { ...cols }]));
  return { t2: copy(data.tables.t2), t3: copy(data.tables.t3), t4: copy(data.tables.t4) };
}

/**
 * The data the checks see after the auditor's decisions: corrected cells take the corrected value
 * (the raw text stays what the source shows, with a note), and with 空白按 0 计 every blank cell
 * of tables 3 and 4 reads 0. Returns a new object; the extracted data is never changed.
 */
export function adjustData(data: ReportData, adj: Adjustments): ReportData {
  if (isNeutral(adj)) return data;
  const tables = copyTables(data);
  if (adj.blankAsZero) {
    for (const table of [tables.t3, tables.t4]) {
      for (const cols of Object.values(table)) {
        for (const [col, cell] of Object.entries(cols)) if (isBlankCell(cell)) cols[col] = { ...cell, value: 0, note: '空白按 0 计' };
      }
    }
  }
  for (const c of adj.corrections) {
    const ref = parseCellRef(c.cell);
    if (!ref || !Number.isFinite(c.value)) continue;
    const row = (tables[ref.table][ref.row] ??= {});
    const old = row[ref.col];
    row[ref.col] = { raw: old?.raw ?? '', value: c.value, anchor: old?.anchor, note: `更正：${c.reason}` };
  }
  return { ...data, tables };
}
