import { describe, expect, it } from 'vitest';
import { checkT2Plausibility } from '../../../../shared/checks/t2Plausibility';
import { sampleData, withCell } from '../../../helpers/reportData';

describe('t2.plausibility', () => {
  it('accepts 本年增/减 -7 and 5 new of 20 published (000)', () => {
    expect(checkT2Plausibility(sampleData('000-weihai-science-2020'))).toEqual([]);
  });

  it('accepts 0 issued, 5 repealed, 5 in force (005)', () => {
    expect(checkT2Plausibility(sampleData('005-hongze-gov-2023'))).toEqual([]);
  });

  it('flags 2 issued against 1 in force in a 2021 table (002 altered)', () => {
    const data = withCell(sampleData('002-huancui-science-2023'), 't2.normative.in_force', '1');
    expect(checkT2Plausibility(data).map((f) => [f.message, f.cells])).toEqual([
      ['表二规范性文件本年制发件数为2，大于现行有效件数1', ['t2.normative.made', 't2.normative.in_force']],
    ]);
  });

  it('flags 26 newly published against 20 in total in a 2019 table (000 altered)', () => {
    const data = withCell(sampleData('000-weihai-science-2020'), 't2.normative.published', '26');
    expect(checkT2Plausibility(data).map((f) => f.message)).toEqual(['表二规范性文件本年新公开数量为26，大于对外公开总数量20']);
  });

  it('flags a negative count of decisions but not a negative 本年增/减', () => {
    const data = withCell(sampleData('003-weihai-etdz-2020'), 't2.penalty.decisions', '-614');
    expect(checkT2Plausibility(data).map((f) => f.message)).toEqual(['表二行政处罚「处理决定数量」为-614，不应为负数']);
  });
});
