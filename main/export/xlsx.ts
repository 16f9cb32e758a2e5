import ExcelJS from 'exceljs';
import type { ReviewAnnotations } from '../../shared/model';
import { DATA_COLUMNS, dataRows } from './columns';
import { FINDING_HEADERS, findingRows } from './findingRows';
import type { SummaryDocument } from './summary/types';

/** Sheet names, fixed so that tools reading the workbook can find them. */
export const SHEETS = { data: '数据', findings: '问题', columns: '列说明' } as const;

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
  for (const row of dataRows(docs)) data.addRow(row.map((v) => v ?? null));
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

  const columns = workbook.addWorksheet(SHEETS.columns);
  columns.addRow(['列名', '含义']).font = { bold: true };
  for (const c of DATA_COLUMNS) columns.addRow([c.key, c.label]);
  columns.getColumn(1).width = 36;
  columns.getColumn(2).width = 80;

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
