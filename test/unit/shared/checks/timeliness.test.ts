import { describe, expect, it } from 'vitest';
import { checkTimeliness } from '../../../../shared/checks/timeliness';
import type { Anchor } from '../../../../shared/model';
import { sampleData } from '../../../helpers/reportData';

const AT: Anchor = { kind: 'text', start: 8800, end: 8813 };
const signed = (date: string) => ({ date, text: date, anchor: AT });

describe('meta.timeliness', () => {
  it('accepts 000 signed 2021 年 1 月 28 日 by a department', () => {
    expect(checkTimeliness(sampleData('000-weihai-science-2020', { signed: signed('2021-01-28') }))).toEqual([]);
  });

  it('flags a department report signed 2021年2月3日, after 1月31日', () => {
    const findings = checkTimeliness(sampleData('004-jining-science-2020', { signed: signed('2021-02-03') }));
    expect(findings.map((f) => [f.severity, f.message, f.anchors])).toEqual([['warning', '落款日期2021年2月3日晚于部门年报的公开期限2021年1月31日', [AT]]]);
  });

  it('gives a government (管委会, 003) until 3月31日 but not beyond', () => {
    expect(checkTimeliness(sampleData('003-weihai-etdz-2020', { signed: signed('2021-03-15') }))).toEqual([]);
    expect(checkTimeliness(sampleData('003-weihai-etdz-2020', { signed: signed('2021-04-01') })).map((f) => f.message)).toEqual([
      '落款日期2021年4月1日晚于政府年报的公开期限2021年3月31日',
    ]);
  });

  it('flags a report signed before its year ended', () => {
    const findings = checkTimeliness(sampleData('004-jining-science-2020', { signed: signed('2020-12-20') }));
    expect(findings.map((f) => f.message)).toEqual(['落款日期2020年12月20日早于2020年度结束，不可能完整反映全年情况']);
  });

  it('says nothing about an unsigned report (001, 002, 003)', () => {
    expect(checkTimeliness(sampleData('002-huancui-science-2023'))).toEqual([]);
  });
});
