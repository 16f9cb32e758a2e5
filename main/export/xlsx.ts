import ExcelJS from 'exceljs';
import type { ReviewAnnotations } from '../../shared/model';
import { cellLabel } from '../../shared/template/labels';
import { DATA_COLUMNS, dataRows, extractedText } from './columns';
import { parseCellRef } from '../../shared/model';
import { FINDING_HEADERS, findingRows } from './findingRows';
import type { SummaryDocument } from './summary/types';

/** Sheet names, fixed so that tools reading the workbook can find them. */
export const SHEETS = { data: '数据', findings: '问题', corrections: '更正', columns: '列说明' } as const;

/** Headers of the corrections sheet (更正), one corrected cell per row. */
export const CORRECTION_HEADERS = ['文件名', '报告机关', '报告年度', '单元格', '单元格键', '识别值', '更正值', '更正理由', '更正人', '更正时间'];

/**
 * The batch as an Excel workbook: 数据 (one row per report, one column per canonical cell key,
 * numbers as numbers), 问题 (one finding per row, with the review status and notes) and 列说明
 * (what each key of 数据 means in Chinese, so the keys can stay machine-stable).
 */
export async function dataXlsx(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报审阅';
  workbook.created = new Date();

  const data = workbook.addWorksheet(SHEETS.data, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  data.addRow(DATA_COLUMNS.map((c) => c.key)).font = { bold: true };
  for (const row of dataRows(docs, annotations)) data.addRow(row.map((v) => v ?? null));
  data.columns.forEach((column, i) => {
    column.width = i < 1 ? 32 : i === 2 ? 20 : 14;
  });
  DATA_COLUMNS.forEach((c, i) => {
    data.getCell(1, i + 1).note = c.label;
  });

  const findings = workbook.addWorksheet(SHEETS.findings, { views: [{ state: 'frozen', ySplit: 1 }] });
  findings.addRow(FINDING_HEADERS).font = { bold: true };
  for (const row of findingRows(docs, annotations)) findings.addRow(row);
  const widths = [30, 24, 8, 6, 8, 18, 16, 60, 40, 30, 12, 30, 40];
  findings.columns.forEach((column, i) => {
    column.width = widths[i] ?? 14;
    column.alignment = { wrapText: true, vertical: 'top' };
  });

  const corrections = workbook.addWorksheet(SHEETS.corrections, { views: [{ state: 'frozen', ySplit: 1 }] });
  corrections.addRow(CORRECTION_HEADERS).font = { bold: true };
  for (const row of correctionRows(docs, annotations)) corrections.addRow(row);
  [30, 24, 8, 40, 30, 10, 10, 40, 12, 22].forEach((w, i) => (corrections.getColumn(i + 1).width = w));

  const columns = workbook.addWorksheet(SHEETS.columns);
  columns.addRow(['列名', '含义']).font = { bold: true };
  for (const c of DATA_COLUMNS) columns.addRow([c.key, c.label]);
  columns.getColumn(1).width = 36;
  columns.getColumn(2).width = 80;

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The auditor's corrections of a batch, one per row: the value the extraction read and the value
 * the source really shows, with the reason. The 数据 sheet keeps the extracted values.
 */
export function correctionRows(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): Array<Array<string | number>> {
  return docs.flatMap((doc) =>
    (annotations.find((a) => a.sha256 === doc.sha256)?.corrections ?? []).map((c) => {
      const ref = parseCellRef(c.cell);
      const cell = ref ? doc.data.tables[ref.table][ref.row]?.[ref.col] : undefined;
      const read = cell?.value != null ? cell.value : extractedText(cell);
      return [doc.file, doc.data.organ ?? '', doc.data.year ?? '', cellLabel(c.cell, doc.data.template), c.cell, read, c.value, c.reason, c.author, c.at];
    }),
  );
}
