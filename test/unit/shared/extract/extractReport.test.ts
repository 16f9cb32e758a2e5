import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../../shared/extract';
import { layoutOf, paragraph, table } from '../../../helpers/layout';

const t3Header = paragraph('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');

describe('extractReport', () => {
  it('reads organ and year from a title wrapped over two lines', () => {
    const data = extractReport(layoutOf([paragraph('济宁市科学技术局2020年政府信息公开工作'), paragraph('年度报告')]));
    expect([data.organ, data.year, data.organKind]).toEqual(['济宁市科学技术局', 2020, 'department']);
  });

  it('knows a government by its name', () => {
    const data = extractReport(layoutOf([paragraph('洪泽区人民政府'), paragraph('2023年政府信息公开工作年度报告')]));
    expect([data.organ, data.organKind]).toEqual(['洪泽区人民政府', 'government']);
  });

  it('reads the organ from the ways titles are written: year first, 关于, 工作报告, 年报, 政府 shared with 政府信息公开', () => {
    const read = (...lines: string[]) => {
      const data = extractReport(layoutOf(lines.map((line) => paragraph(line))));
      return [data.organ, data.year, data.organKind];
    };
    expect(read('2020年威海市科学技术局政府信息公开工作年度报告')).toEqual(['威海市科学技术局', 2020, 'department']);
    expect(read('2020年度威海市科学技术局', '政府信息公开工作年度报告')).toEqual(['威海市科学技术局', 2020, 'department']);
    expect(read('威海市科学技术局关于2020年政府信息公开工作年度报告')).toEqual(['威海市科学技术局', 2020, 'department']);
    expect(read('威海市科学技术局2020年政府信息公开工作报告')).toEqual(['威海市科学技术局', 2020, 'department']);
    expect(read('威海市科学技术局2020年度政府信息公开年报')).toEqual(['威海市科学技术局', 2020, 'department']);
    expect(read('2023年度洪泽区人民政府信息公开工作年度报告')).toEqual(['洪泽区人民政府', 2023, 'government']);
    expect(read('2023年威海市政府信息公开工作年度报告')).toEqual(['威海市政府', 2023, 'government']);
    // A sentence of the body that names the report is no title.
    expect(read('2020年，市科技局认真贯彻落实条例，编制政府信息公开工作年度报告。')[0]).toBeNull();
  });

  it('keeps what a table 2 cell says and the number it means, in 万元', () => {
    const data = extractReport(
      layoutOf([
        paragraph('第二十条第（五）项'),
        table([
          ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
          ['行政许可', '188', '+113', '20373'],
          ['信息内容', '采购项目数量', '采购总金额'],
          ['政府集中采购', '99', '11522.96万元'],
        ]),
        t3Header,
      ]),
    );
    expect(data.template).toBe('2019');
    expect(data.tables.t2.licensing.change).toMatchObject({ raw: '+113', value: 113, anchor: { kind: 'dom', id: 'r1c2' } });
    expect(data.tables.t2.procurement.amount).toMatchObject({ raw: '11522.96万元', value: 11522.96 });
  });

  it('converts money written in 元 and says so', () => {
    const data = extractReport(
      layoutOf([
        paragraph('第二十条第（八）项'),
        table([
          ['信息内容', '本年收费金额（单位：万元）'],
          ['行政事业性收费', '12000元'],
        ]),
        t3Header,
      ]),
    );
    expect(data.template).toBe('2021');
    expect(data.tables.t2.fees.amount).toMatchObject({ value: 1.2, note: expect.stringContaining('元') });
  });

  it('reads table 4 as fifteen values wrapped over lines, and leaves cells it never saw without anchor', () => {
    const data = extractReport(
      layoutOf([
        t3Header,
        paragraph('四、政府信息公开行政复议、行政诉讼情况'),
        paragraph('行政复议 行政诉讼'),
        paragraph('10 1 0 0 0 0 0 0 0'),
        paragraph('0 5 0 0 0 0'),
      ]),
    );
    expect(data.tables.t4.review).toMatchObject({ upheld: { value: 10 }, corrected: { value: 1 }, total: { value: 0 } });
    expect(data.tables.t4.litigation_after_review.upheld.value).toBe(5);
    expect(data.tables.t3.new.total).toEqual({ raw: '', value: null });
  });
});
