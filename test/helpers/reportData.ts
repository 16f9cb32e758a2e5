import type { Anchor, CellValue, ReportData, TableValues } from '../../shared/model';
import { parseCellRef } from '../../shared/model';
import { T3_OTHER_SPLIT } from '../../shared/template';
import type { ExpectedReport } from './fixtures';
import { expectedOf } from './fixtures';

/** A placeholder anchor: the cell was read from the file (tests need no real position). */
const HERE: Anchor = { kind: 'text', start: 0, end: 0 };

/** One table of an expected.json as extracted values; an all-null row was never found in the file. */
function tableOf(rows: Record<string, Record<string, number | null>>): TableValues {
  const out: TableValues = {};
  for (const [row, cols] of Object.entries(rows)) {
    const found = Object.values(cols).some((v) => v !== null);
    out[row] = {};
    for (const [col, value] of Object.entries(cols)) {
      const cell: CellValue = { raw: value === null ? '' : String(value), value };
      out[row][col] = found ? { ...cell, anchor: HERE } : cell;
    }
  }
  return out;
}

/** All six sections, as a report that has them all. */
const ALL_SECTIONS = [1, 2, 3, 4, 5, 6].map((index) => ({ index, text: `第${index}部分`, anchor: HERE }));

/**
 * The ReportData a perfect extractor would produce from a sample's expected.json: its real table
 * values, every section present, no narrative statements, unsigned; `overrides` adds the rest.
 */
export function reportDataOf(expected: ExpectedReport, overrides: Partial<ReportData> = {}): ReportData {
  const tables = { t2: tableOf(expected.tables.t2), t3: tableOf(expected.tables.t3), t4: tableOf(expected.tables.t4) };
  const rowsFound = (['t2', 't3', 't4'] as const).flatMap((t) =>
    Object.entries(tables[t])
      .filter(([, cols]) => Object.values(cols).some((c) => c.anchor !== undefined))
      .map(([row]) => `${t}.${row}`),
  );
  const split = T3_OTHER_SPLIT.some((row) => rowsFound.includes(`t3.${row}`));
  return {
    format: 'docx',
    organ: expected.organ,
    organKind: /人民政府|管委会|开发区/u.test(expected.organ) ? 'government' : 'department',
    year: expected.year,
    template: expected.template,
    tableVersions: { t2: expected.template, t3Other: split ? 'split' : 'single' },
    tables,
    rowsFound,
    title: null,
    signed: null,
    sections: ALL_SECTIONS,
    statements: [],
    yearMentions: [],
    feesStatement: null,
    ...overrides,
  };
}

/** The ReportData of a sample by base name (`002-huancui-science-2023`). */
export function sampleData(base: string, overrides: Partial<ReportData> = {}): ReportData {
  return reportDataOf(expectedOf(base), overrides);
}

/** A copy of `data` with one cell rewritten as the file would have it (`'3'`, `''`, `'—'`). */
export function withCell(data: ReportData, ref: string, raw: string, value: number | null = rawNumber(raw)): ReportData {
  const parsed = parseCellRef(ref);
  if (!parsed) throw new Error(`bad cell ref ${ref}`);
  const table = structuredClone(data.tables[parsed.table]);
  table[parsed.row] = { ...table[parsed.row], [parsed.col]: { raw, value, anchor: HERE } };
  return { ...data, tables: { ...data.tables, [parsed.table]: table } };
}

/** The number a plain cell text stands for, or null. */
function rawNumber(raw: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
}
