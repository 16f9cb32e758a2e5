import { checkCrossYear } from '../../../shared/checks/crossYear';
import { previousOf } from '../../../shared/checks/series';
import { cellRef, type ReportData } from '../../../shared/model';
import { T3_COLUMNS, T4_GROUPS } from '../../../shared/template';

/** One report of a series, with what was extracted from it. */
export interface SeriesReport {
  id: string;
  name: string;
  format: string | null;
  data: ReportData;
}

/** One figure of one report: the cell, its value, and whether the carry-over finding lights it. */
export interface SeriesCell {
  /** The report the figure comes from. */
  reportId: string;
  /** The cell reference in that report (`t3.carried_over.natural`). */
  ref: string;
  /** The number read, or null (blank, dash, text or not found). */
  value: number | null;
  /** What the cell holds as written ('' when blank). */
  raw: string;
  /** False when the report's template has no such cell (2019 has no 本年废止件数). */
  inTemplate: boolean;
  /** The carry-over finding that concerns this cell, if any (same text on both cells of the pair). */
  carryOver: string | null;
}

/** One line of the comparison: a figure across the years. */
export interface SeriesLine {
  key: string;
  /** The row label, e.g. 一、本年新收. */
  group: string;
  /** The column, e.g. 自然人; '' when the row has one figure. */
  label: string;
  cells: SeriesCell[];
}

/** One block of the comparison (表三, 表四, 表二). */
export interface SeriesSection {
  title: string;
  lines: SeriesLine[];
}

/** A carry-over pair that disagrees: this year's 二 against last year's 四, one column. */
export interface CarryOverPair {
  /** This year's report and its 二、上年结转 cell. */
  reportId: string;
  ref: string;
  /** Last year's report and its 四、结转下年度继续办理 cell. */
  previousId: string;
  previousRef: string;
  message: string;
}

/** The 历年对照 of one body: its reports in year order and the figures side by side. */
export interface SeriesModel {
  columns: Array<{ id: string; year: number | null; label: string; title: string }>;
  sections: SeriesSection[];
  pairs: CarryOverPair[];
}

/** Table 3 rows compared across years: 一, 二, （七）总计, 四. */
export const SERIES_T3_ROWS = [
  { key: 'new', label: '一、本年新收' },
  { key: 'carried_over', label: '二、上年结转' },
  { key: 'total', label: '（七）总计' },
  { key: 'carried_forward', label: '四、结转下年度继续办理' },
] as const;

/** Table 2 columns compared for 规范性文件 (2019 names the same figures 本年新制作数量 / 对外公开总数量). */
export const SERIES_T2_COLUMNS = [
  { key: 'made', label: '本年制发', only: null },
  { key: 'repealed', label: '本年废止', only: '2021' },
  { key: 'in_force', label: '现行有效', only: null },
] as const;

/**
 * The figures of a body's reports side by side, oldest first, with the carry-over finding on the
 * pair of cells it concerns: each report is paired with last year's report by the same pairing
 * the batch's check uses (previousOf), and the pair is checked by the same pure check.
 */
export function seriesModel(reports: readonly SeriesReport[]): SeriesModel {
  const ordered = [...reports].sort((a, b) => (a.data.year ?? Infinity) - (b.data.year ?? Infinity));
  const perYear = new Map<number | null, number>();
  for (const r of ordered) perYear.set(r.data.year, (perYear.get(r.data.year) ?? 0) + 1);
  const columns = ordered.map((r) => ({
    id: r.id,
    year: r.data.year,
    label: (r.data.year !== null ? `${r.data.year}年度` : '年度不明') + ((perYear.get(r.data.year) ?? 0) > 1 ? ` · ${r.format ?? r.name}` : ''),
    title: r.name,
  }));

  // The pairs, in the batch order of `reports` (previousOf takes the first of last year's reports).
  const members = reports.map((r) => ({ organ: r.data.organ, year: r.data.year, report: r }));
  const pairs: CarryOverPair[] = [];
  for (const m of members) {
    const previous = previousOf(m, members);
    if (!previous) continue;
    for (const f of checkCrossYear(m.report.data, previous.report.data)) {
      for (const ref of f.cells) {
        const col = ref.slice(ref.lastIndexOf('.') + 1);
        pairs.push({ reportId: m.report.id, ref, previousId: previous.report.id, previousRef: cellRef('t3', 'carried_forward', col), message: f.message });
      }
    }
  }
  const lit = new Map<string, string>();
  for (const p of pairs) {
    lit.set(`${p.reportId} ${p.ref}`, p.message);
    lit.set(`${p.previousId} ${p.previousRef}`, p.message);
  }

  const cellsOf = (table: 't2' | 't3' | 't4', row: string, col: string, only: string | null = null): SeriesCell[] =>
    ordered.map((r) => {
      const ref = cellRef(table, row, col);
      const value = r.data.tables[table][row]?.[col];
      const inTemplate = only === null || (r.data.tableVersions.t2 ?? r.data.template) === only;
      return { reportId: r.id, ref, value: value?.value ?? null, raw: value?.raw ?? '', inTemplate, carryOver: lit.get(`${r.id} ${ref}`) ?? null };
    });

  const t3: SeriesLine[] = SERIES_T3_ROWS.flatMap((row) =>
    T3_COLUMNS.map((col) => ({ key: `t3.${row.key}.${col.key}`, group: row.label, label: col.label, cells: cellsOf('t3', row.key, col.key) })),
  );
  const t4: SeriesLine[] = T4_GROUPS.map((g) => ({ key: `t4.${g.key}.total`, group: g.label, label: '总计', cells: cellsOf('t4', g.key, 'total') }));
  const t2: SeriesLine[] = SERIES_T2_COLUMNS.map((c) => ({
    key: `t2.normative.${c.key}`,
    group: '规范性文件',
    label: c.label,
    cells: cellsOf('t2', 'normative', c.key, c.only),
  }));

  return {
    columns,
    sections: [
      { title: '表三 收到和处理政府信息公开申请情况', lines: t3 },
      { title: '表四 行政复议、行政诉讼（总计）', lines: t4 },
      { title: '表二 主动公开：规范性文件', lines: t2 },
    ],
    pairs,
  };
}
