import { describe, expect, it } from 'vitest';
import { parseNotesBackup } from '../../../../main/export/notesBackup';
import { renderSummaryHtml } from '../../../../main/export/summary/renderSummary';
import { findingRows } from '../../../../main/export/findingRows';
import { dataCsv } from '../../../../main/export/csv';
import { dataXlsx, SHEETS } from '../../../../main/export/xlsx';
import { withCorrections } from '../../../../main/export/correctionsJson';
import { toReportJson } from '../../../../main/documents/reportJson';
import ExcelJS from 'exceljs';
import type { ReviewedDocument } from '../../../../main/documents/reviewFile';
import { readCsv } from './readCsv';
import { runChecks } from '../../../../shared/checks';
import { sampleData } from '../../../helpers/reportData';

const SHA = 'a'.repeat(64);
/** The app's own backup (database v3): corrections flat, 空白按 0 计 on the review rows. */
const BACKUP = {
  format: 'report-review-notes',
  version: 1,
  reviews: [{ sha256: SHA, name: '002.docx', names: ['002.docx'], createdAt: 'x', lastOpenedAt: 'x', blankAsZero: true }],
  notes: [],
  decisions: [],
  corrections: [{ sha256: SHA, cell: 't3.unable.no_info.natural', value: 1, reason: '原件为1', author: '王审计', createdAt: 'x', updatedAt: '2026-01-01' }],
};

describe('corrections in the exports', () => {
  it('reads the corrections and 空白按 0 计 of the app’s backup (the CLI’s --notes)', () => {
    const { annotations, warnings } = parseNotesBackup(BACKUP);
    expect(warnings).toEqual([]);
    expect(annotations[0]).toMatchObject({
      sha256: SHA,
      blankAsZero: true,
      corrections: [{ cell: 't3.unable.no_info.natural', value: 1, reason: '原件为1', author: '王审计' }],
    });
  });

  it('prints the corrected cell with both values and reruns the findings in the summary and the findings rows', () => {
    const data = sampleData('002-huancui-science-2023');
    const doc = { file: '002.docx', format: 'docx' as const, sha256: SHA, data, findings: runChecks(data) };
    const annotations = parseNotesBackup(BACKUP).annotations[0];
    const html = renderSummaryHtml([{ doc, annotations, reviewer: '王审计', reviewDate: '2026-01-01' }]);
    expect(html).toContain('<h2>更正识别值</h2>');
    expect(html).toMatch(/<s>3<\/s><\/td><td class="num"><b>1<\/b>/);
    expect(html).toContain('原件为1');
    const rows = findingRows([doc], [annotations]);
    expect(rows.some((r) => r[7] === '（七）总计（自然人）为1，但各办理结果之和为3')).toBe(false);
    expect(rows.find((r) => r[4] === '更正')?.[7]).toBe('识别值 3 更正为 1：原件为1');
  });

  const corrected = () => {
    const data = sampleData('002-huancui-science-2023');
    // Only the correction (no 空白按 0 计), so the counts move by the correction alone.
    const base = parseNotesBackup(BACKUP).annotations[0];
    const total = { cell: 't3.unable.no_info.total', value: 1, reason: '原件为1', author: '王审计', at: '2026-01-01' };
    const annotations = { ...base, blankAsZero: false, corrections: [...(base.corrections ?? []), total] };
    return { doc: { file: '002.docx', format: 'docx' as const, sha256: SHA, data, findings: runChecks(data) }, annotations };
  };

  it('lists the correction in the data CSV and counts the findings of the corrected data', () => {
    const { doc, annotations } = corrected();
    const [header, plain] = readCsv(dataCsv([doc]));
    const [, row] = readCsv(dataCsv([doc], [annotations]));
    const col = (name: string) => header.indexOf(name);
    expect(plain[col('errors')]).toBe('2');
    // Both 3s of 本机关不掌握 corrected to 1: the outcome sums hold, no error is left.
    expect(row[col('errors')]).toBe('0');
    expect(row[col('corrections')]).toBe('t3.unable.no_info.natural=3→1（原件为1）；t3.unable.no_info.total=3→1（原件为1）');
    // The cell itself stays what the report says.
    expect(row[col('t3.unable.no_info.natural')]).toBe('3');
  });

  it('gives the workbook a 更正 sheet with the value read, the value corrected and the reason', async () => {
    const { doc, annotations } = corrected();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await dataXlsx([doc], [annotations])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(SHEETS.corrections)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '文件名',
      '报告机关',
      '报告年度',
      '单元格',
      '单元格键',
      '识别值',
      '更正值',
      '更正理由',
      '更正人',
      '更正时间',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 9)).toEqual([
      '002.docx',
      data002Organ(),
      2023,
      '表三 （四）1.本机关不掌握相关政府信息 · 自然人',
      't3.unable.no_info.natural',
      3,
      1,
      '原件为1',
    ]);
    const data = workbook.getWorksheet(SHEETS.data)!;
    const header = data.getRow(1).values as unknown[];
    expect(data.getRow(2).getCell(header.indexOf('errors')).value).toBe(0);
  });

  it('lists the correction in the JSON with the value read beside it', () => {
    const { doc, annotations } = corrected();
    const json = withCorrections(toReportJson(doc as ReviewedDocument), doc as ReviewedDocument, annotations);
    expect(json.corrections?.[0]).toEqual(
      expect.objectContaining({
        cell: 't3.unable.no_info.natural',
        value: 1,
        reason: '原件为1',
        extracted: { raw: '3', value: 3 },
        label: '表三 （四）1.本机关不掌握相关政府信息 · 自然人',
      }),
    );
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.tables.t3['unable.no_info'].natural).toBe(3);
  });

  it('counts the corrected data’s findings in the batch overview of the summary', () => {
    const { doc, annotations } = corrected();
    const other = { ...corrected().doc, file: '002-副本.docx', sha256: 'b'.repeat(64) };
    const html = renderSummaryHtml([
      { doc, annotations, reviewer: '甲', reviewDate: '2026-01-01' },
      { doc: other, reviewer: '甲', reviewDate: '2026-01-01' },
    ]);
    const overview = html.slice(html.indexOf('<thead><tr><th>序号</th>'), html.indexOf('</table>', html.indexOf('<thead><tr><th>序号</th>')));
    const rows = overview.split('<tr>').slice(2);
    // errors column: none after the corrections, 2 for the uncorrected copy.
    expect(rows[0]).toMatch(/<td>2023<\/td><td>0<\/td>/);
    expect(rows[1]).toMatch(/<td>2023<\/td><td>2<\/td>/);
  });
});

function data002Organ(): string {
  return sampleData('002-huancui-science-2023').organ ?? '';
}
