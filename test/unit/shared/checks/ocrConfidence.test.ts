import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks';
import type { CellValue, ReportData } from '../../../../shared/model';

function report(cells: Record<string, Record<string, CellValue>>): ReportData {
  return {
    format: 'pdf',
    organ: '某局',
    organKind: 'department',
    year: 2020,
    template: '2019',
    tableVersions: { t2: '2019', t3Other: 'single' },
    tables: { t2: {}, t3: {}, t4: cells },
    rowsFound: [],
    title: null,
    signed: null,
    sections: [],
    statements: [],
    yearMentions: [],
    feesStatement: null,
  };
}
const v = (value: number, confidence?: number): CellValue => ({ raw: String(value), value, ...(confidence === undefined ? {} : { confidence }) });

describe('ocr.low_confidence', () => {
  it('lists every low-confidence OCR value in one info finding, and says so in a sum it breaks', () => {
    const findings = runChecks(report({ review: { upheld: v(1, 95), corrected: v(8, 41), other: v(0, 93), pending: v(0, 96), total: v(1, 97) } }));
    const low = findings.filter((f) => f.rule === 'ocr.low_confidence');
    expect(low).toHaveLength(1);
    expect(low[0].severity).toBe('info');
    expect(low[0].cells).toEqual(['t4.review.corrected']);
    expect(low[0].message).toContain('把握 41%');
    const sum = findings.find((f) => f.rule === 't4.sum');
    expect(sum?.message).toContain('识别把握不足');
  });

  it('gives nothing for values read from text, or read by OCR with confidence', () => {
    const findings = runChecks(report({ review: { upheld: v(0), corrected: v(0, 92), other: v(0), pending: v(0), total: v(0) } }));
    expect(findings.filter((f) => f.rule === 'ocr.low_confidence')).toEqual([]);
  });
});
