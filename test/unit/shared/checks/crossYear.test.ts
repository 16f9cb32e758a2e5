import { describe, expect, it } from 'vitest';
import { checkCrossYear } from '../../../../shared/checks/crossYear';
import { sampleData, withCell } from '../../../helpers/reportData';

describe('cross_year.carry_over', () => {
  const lastYear = sampleData('003-weihai-etdz-2020');

  it("accepts 二 0 after last year's 四 0 in every column", () => {
    const thisYear = sampleData('003-weihai-etdz-2020', { year: 2021 });
    expect(checkCrossYear(thisYear, lastYear)).toEqual([]);
  });

  it('flags 二 0 when last year carried 2 forward for 自然人', () => {
    const before = withCell(lastYear, 't3.carried_forward.natural', '2');
    const thisYear = sampleData('003-weihai-etdz-2020', { year: 2021 });
    const findings = checkCrossYear(thisYear, before);
    expect(findings.map((f) => [f.severity, f.message, f.cells])).toEqual([
      ['error', '本年「二、上年结转政府信息公开申请数量」（自然人）为0，但2020年度报告「四、结转下年度继续办理」为2', ['t3.carried_over.natural']],
    ]);
  });

  it("compares nothing without last year's report, or with a report two years back", () => {
    const before = withCell(lastYear, 't3.carried_forward.natural', '2');
    expect(checkCrossYear(sampleData('003-weihai-etdz-2020', { year: 2022 }), before)).toEqual([]);
    expect(checkCrossYear(sampleData('003-weihai-etdz-2020', { year: 2021 }), null)).toEqual([]);
  });
});
