import { describe, expect, it } from 'vitest';
import { checkSections } from '../../../../shared/checks/sections';
import { sampleData } from '../../../helpers/reportData';

describe('sections.missing', () => {
  it('is silent when all six sections were found', () => {
    expect(checkSections(sampleData('000-weihai-science-2020'))).toEqual([]);
  });

  it('warns about sections 五 and 六 when only 一 to 四 were found', () => {
    const base = sampleData('000-weihai-science-2020');
    const data = { ...base, sections: base.sections.filter((s) => s.index <= 4) };
    expect(checkSections(data).map((f) => [f.severity, f.message])).toEqual([
      ['warning', '未找到第五部分「存在的主要问题及改进情况」'],
      ['warning', '未找到第六部分「其他需要报告的事项」'],
    ]);
  });
});
