import { describe, expect, it } from 'vitest';
import { checkT3Balance, checkT3OutcomeSum, checkT3RowSum } from '../../../../shared/checks/t3Sums';
import { sampleData, withCell } from '../../../helpers/reportData';

describe('t3.outcome_sum', () => {
  it('flags 3 本机关不掌握 against a total of 1 in the 自然人 and 总计 columns (002)', () => {
    const findings = checkT3OutcomeSum(sampleData('002-huancui-science-2023'));
    expect(findings.map((f) => [f.message, f.cells])).toEqual([
      ['（七）总计（自然人）为1，但各办理结果之和为3', ['t3.total.natural', 't3.unable.no_info.natural']],
      ['（七）总计（总计）为1，但各办理结果之和为3', ['t3.total.total', 't3.unable.no_info.total']],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('accepts 5 = （一）1 + （二）1 + （四）1. 3 (003)', () => {
    expect(checkT3OutcomeSum(sampleData('003-weihai-etdz-2020'))).toEqual([]);
  });

  it('counts the three 2021 sub-rows of （六） in a split table', () => {
    let data = sampleData('005-hongze-gov-2023', { tableVersions: { t2: '2021', t3Other: 'split' } });
    for (const row of ['other.overdue_correction', 'other.overdue_fee', 'other.other']) {
      for (const col of ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total']) {
        data = withCell(data, `t3.${row}.${col}`, '0');
      }
    }
    expect(checkT3OutcomeSum(data)).toEqual([]);
    const broken = withCell(data, 't3.other.overdue_fee.natural', '2');
    expect(checkT3OutcomeSum(broken).map((f) => f.message)).toEqual(['（七）总计（自然人）为21，但各办理结果之和为23']);
  });

  it('stays silent on a column with a blank outcome cell', () => {
    const data = withCell(sampleData('002-huancui-science-2023'), 't3.granted.natural', '');
    expect(checkT3OutcomeSum(data).map((f) => f.cells[0])).toEqual(['t3.total.total']);
  });
});

describe('t3.balance', () => {
  it('accepts 一 5 + 二 0 = （七）5 + 四 0 (003)', () => {
    expect(checkT3Balance(sampleData('003-weihai-etdz-2020'))).toEqual([]);
  });

  it('flags 一 21 + 二 0 against （七）21 + 四 2 in one column (005 altered)', () => {
    const data = withCell(sampleData('005-hongze-gov-2023'), 't3.carried_forward.natural', '2');
    const findings = checkT3Balance(data);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('（自然人）一、本年新收21+二、上年结转0=21，但（七）总计21+四、结转下年度继续办理2=23');
    expect(findings[0].cells).toContain('t3.carried_forward.natural');
  });

  it('skips the column whose 四 is blank (001) instead of cascading the blank', () => {
    expect(checkT3Balance(sampleData('001-lingang-innovation-2020'))).toEqual([]);
  });
});

describe('t3.row_sum', () => {
  it('accepts the 科研机构 application of 004 in 总计 1', () => {
    expect(checkT3RowSum(sampleData('004-jining-science-2020'))).toEqual([]);
  });

  it('flags 总计 1 when 科研机构 holds 1 and 自然人 1 (004 altered)', () => {
    const data = withCell(sampleData('004-jining-science-2020'), 't3.new.natural', '1');
    const findings = checkT3RowSum(data);
    expect(findings.map((f) => f.message)).toEqual(['「一、本年新收政府信息公开申请数量」总计为1，但自然人与法人或其他组织各列之和为2']);
    expect(findings[0].cells).toHaveLength(7);
  });
});
