import { describe, expect, it } from 'vitest';
import { checkFees } from '../../../../shared/checks/fees';
import { sampleData } from '../../../helpers/reportData';

describe('fees.unreported', () => {
  it('notes a 2021-format report that is silent on 信息处理费', () => {
    expect(checkFees(sampleData('002-huancui-science-2023')).map((f) => [f.severity, f.message])).toEqual([['info', '报告未说明本年度是否收取政府信息公开信息处理费']]);
  });

  it('accepts 「全年收取政府信息公开信息处理费 0 元」 (005)', () => {
    const data = sampleData('005-hongze-gov-2023', {
      feesStatement: { text: '全年收取政府信息公开信息处理费 0 元。', anchor: { kind: 'pdf', page: 5, rects: [] } },
    });
    expect(checkFees(data)).toEqual([]);
  });

  it('does not ask a 2019-format report about fees (000)', () => {
    expect(checkFees(sampleData('000-weihai-science-2020'))).toEqual([]);
  });
});
