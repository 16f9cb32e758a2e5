import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks';
import type { ReportData, ReportJson } from '../../../../shared/model';
import { missingFindings, unexpectedFindings } from '../../../helpers/compareExpected';
import { expectedOf, sampleNames } from '../../../helpers/fixtures';
import { reportDataOf } from '../../../helpers/reportData';

/** Narrative facts the tables alone do not carry: 005's section 六 speaks of 信息处理费. */
const NARRATIVE: Record<string, Partial<ReportData>> = {
  '005-hongze-gov-2023': {
    feesStatement: { text: '全年收取政府信息公开信息处理费 0 元。', anchor: { kind: 'pdf', page: 5, rects: [] } },
  },
};

/** The checks' findings as the JSON export carries them, for the expected.json comparisons. */
function asJson(base: string): ReportJson {
  const expected = expectedOf(base);
  const findings = runChecks(reportDataOf(expected, NARRATIVE[base]));
  return { file: base, format: 'docx', organ: null, year: null, template: null, signed: null, tables: expected.tables, findings };
}

describe('runChecks on the true tables of every sample', () => {
  for (const base of sampleNames()) {
    it(`${base}: finds every expected finding and no false error`, () => {
      const json = asJson(base);
      const expected = expectedOf(base);
      expect(missingFindings(json, expected)).toEqual([]);
      expect(unexpectedFindings(json, expected)).toEqual([]);
    });
  }

  it('finds exactly the expected errors of 002 and 005, and none in 000, 003, 004', () => {
    const errors = (base: string) =>
      asJson(base)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.message);
    expect(errors('002-huancui-science-2023')).toEqual(['（七）总计（自然人）为1，但各办理结果之和为3', '（七）总计（总计）为1，但各办理结果之和为3']);
    expect(errors('005-hongze-gov-2023')).toEqual([
      '行政复议：结果维持10+结果纠正1+其他结果0+尚未审结0=11，但总计为0',
      '复议后起诉：结果维持5+结果纠正0+其他结果0+尚未审结0=5，但总计为0',
    ]);
    for (const base of ['000-weihai-science-2020', '003-weihai-etdz-2020', '004-jining-science-2020']) {
      expect(errors(base)).toEqual([]);
    }
  });
});
