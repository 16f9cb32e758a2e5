import { describe, expect, it } from 'vitest';
import { parseNotesBackup } from '../../../../main/export/notesBackup';
import { renderSummaryHtml } from '../../../../main/export/summary/renderSummary';
import { findingRows } from '../../../../main/export/findingRows';
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
});
