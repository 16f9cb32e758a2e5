import { adjustmentsOf, rerunChecks } from '../../shared/checks';
import type { CellValue, Correction, ReviewAnnotations } from '../../shared/model';
import { parseCellRef } from '../../shared/model';
import { T2_2019, T2_2021, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../../shared/template';
import type { T2Block } from '../../shared/template';
import { TABLE_LABELS, cellLabel, templateLabel } from './summary/labels';
import type { SummaryDocument } from './summary/types';

/**
 * A report as the data export reads it: the cells as extracted (never overwritten), the findings
 * of the checks rerun on the auditor's corrections, and the corrections themselves.
 */
export type DataDocument = SummaryDocument & { corrections: Correction[]; blankAsZero: boolean };

/** One column of the data export: a stable key, what it means in Chinese, and how to read it. */
export interface DataColumn {
  key: string;
  label: string;
  value: (doc: DataDocument) => string | number | null;
}

/** A correction in words: `t3.unable.no_info.natural=3→1（与原件核对）`, the value read first. */
export function correctionText(doc: SummaryDocument, c: Correction): string {
  const ref = parseCellRef(c.cell);
  const cell = ref ? doc.data.tables[ref.table][ref.row]?.[ref.col] : undefined;
  return `${c.cell}=${extractedText(cell)}→${c.value}（${c.reason}）`;
}

/** What the extraction read in a cell, for a correction: the number, else the text, else 空. */
export function extractedText(cell: CellValue | undefined): string {
  return cell?.value != null ? String(cell.value) : cell?.raw || '空';
}

/** The columns before the cells: which file and report a row is. */
const META_COLUMNS: DataColumn[] = [
  { key: 'file', label: '文件名', value: (d) => d.file },
  { key: 'format', label: '文件格式', value: (d) => d.format },
  { key: 'sha256', label: '文件 SHA-256', value: (d) => d.sha256 },
  { key: 'organ', label: '报告机关', value: (d) => d.data.organ },
  { key: 'year', label: '报告年度', value: (d) => d.data.year },
  { key: 'template', label: '模板版本（2019 / 2021）', value: (d) => d.data.template },
  { key: 'template_note', label: '模板版本说明', value: (d) => templateLabel(d.data.template, d.data.tableVersions.t3Other) },
  { key: 'signed', label: '成文日期', value: (d) => d.data.signed?.date ?? null },
  { key: 'errors', label: '错误数', value: (d) => d.findings.filter((f) => f.severity === 'error').length },
  { key: 'warnings', label: '警告数', value: (d) => d.findings.filter((f) => f.severity === 'warning').length },
  { key: 'infos', label: '提示数', value: (d) => d.findings.filter((f) => f.severity === 'info').length },
  {
    key: 'corrections',
    label: '更正识别值（单元格=识别值→更正值（理由）；问题计数按更正后的数据）',
    value: (d) => d.corrections.map((c) => correctionText(d, c)).join('；') || null,
  },
  { key: 'blank_as_zero', label: '空白按 0 计（1 = 是）', value: (d) => (d.blankAsZero ? 1 : null) },
];

/**
 * Every canonical cell of table 2 in both versions, row by row in template order: the 2019
 * columns of a row, then the 2021 columns it adds. A report fills those of its own version.
 */
function table2Cells(): Array<{ row: string; col: string }> {
  const byRow = new Map<string, string[]>();
  const add = (blocks: T2Block[]) => {
    for (const block of blocks) {
      for (const row of block.rows) {
        const cols = byRow.get(row.key) ?? [];
        for (const col of block.columns) if (!cols.includes(col.key)) cols.push(col.key);
        byRow.set(row.key, cols);
      }
    }
  };
  add(T2_2019);
  add(T2_2021);
  return [...byRow].flatMap(([row, cols]) => cols.map((col) => ({ row, col })));
}

/** What a table 2 column means in each version that has it: 本年新制作数量（2019年版）/ 本年制发件数（2021年版）. */
function table2Label(row: string, col: string): string {
  const names = (
    [
      ['2019', T2_2019],
      ['2021', T2_2021],
    ] as const
  ).flatMap(([version, blocks]) => {
    const block = blocks.find((b) => b.rows.some((r) => r.key === row) && b.columns.some((c) => c.key === col));
    const rowLabel = block?.rows.find((r) => r.key === row)?.label;
    const colLabel = block?.columns.find((c) => c.key === col)?.label;
    return rowLabel && colLabel ? [`${rowLabel} · ${colLabel}（${version}年版）`] : [];
  });
  return `${TABLE_LABELS.t2} ${names.join(' / ')}`;
}

function cellColumn(table: 't2' | 't3' | 't4', row: string, col: string, label: string): DataColumn {
  return { key: `${table}.${row}.${col}`, label, value: (d) => numberOf(d.data.tables[table][row]?.[col]) };
}

function numberOf(cell: CellValue | undefined): number | null {
  return cell?.value ?? null;
}

/**
 * The columns of the data export, the same for every report of a batch whatever its template:
 * the file and report, then one column per canonical cell key of either template version
 * (`t2.normative.made`, `t3.unable.no_info.natural`, `t4.review.total`). A cell the report's
 * template does not have, or that holds no readable number, is left empty.
 */
export const DATA_COLUMNS: DataColumn[] = [
  ...META_COLUMNS,
  ...table2Cells().map(({ row, col }) => cellColumn('t2', row, col, table2Label(row, col))),
  ...T3_ROWS.flatMap((row) => T3_COLUMNS.map((col) => cellColumn('t3', row.key, col.key, cellLabel(`t3.${row.key}.${col.key}`, null)))),
  ...T4_GROUPS.flatMap((group) => T4_COLUMNS.map((col) => cellColumn('t4', group.key, col.key, cellLabel(`t4.${group.key}.${col.key}`, null)))),
];

/** The reports of a batch as the data export reads them, with their annotations (by SHA-256). */
export function dataDocuments(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): DataDocument[] {
  return docs.map((doc) => {
    const adj = adjustmentsOf(annotations.find((a) => a.sha256 === doc.sha256));
    return { ...doc, findings: rerunChecks(doc.data, doc.findings, adj).findings, corrections: adj.corrections, blankAsZero: adj.blankAsZero };
  });
}

/** One row of the data export per report. */
export function dataRows(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): Array<Array<string | number | null>> {
  return dataDocuments(docs, annotations).map((doc) => DATA_COLUMNS.map((c) => c.value(doc)));
}
