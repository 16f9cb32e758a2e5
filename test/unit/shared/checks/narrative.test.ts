import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../../../shared/checks/narrative';
import type { Anchor, NarrativeStatement } from '../../../../shared/model';
import { sampleData } from '../../../helpers/reportData';

const AT: Anchor = { kind: 'dom', id: 'p12', start: 5, end: 30 };

function said(topic: NarrativeStatement['topic'], value: number, text: string): NarrativeStatement {
  return { topic, value, text, anchor: AT };
}

describe('narrative.mismatch', () => {
  it("accepts 「共受理依申请公开1件…行政复议0件，行政诉讼0件」 against 004's tables", () => {
    const data = sampleData('004-jining-science-2020', {
      statements: [
        said('applications', 1, '2020年度，市科技局共受理依申请公开1件，均在法定期限内予以答复'),
        said('review', 0, '行政复议0件，行政诉讼0件'),
        said('litigation', 0, '行政复议0件，行政诉讼0件'),
      ],
    });
    expect(checkNarrative(data)).toEqual([]);
  });

  it("flags 「收到信息公开申请1件」 against 一 总计 5 (003's table)", () => {
    const data = sampleData('003-weihai-etdz-2020', {
      statements: [said('applications', 1, '2020年收到信息公开申请1件')],
    });
    expect(checkNarrative(data)).toEqual([
      {
        rule: 'narrative.mismatch',
        severity: 'warning',
        message: '正文称收到政府信息公开申请1件，但表三「一、本年新收政府信息公开申请数量」总计为5',
        cells: ['t3.new.total'],
        anchors: [AT],
      },
    ]);
  });

  it("flags 「行政复议0件」 against 003's 行政复议 总计 1", () => {
    const data = sampleData('003-weihai-etdz-2020', { statements: [said('review', 0, '行政复议0件')] });
    expect(checkNarrative(data).map((f) => [f.message, f.cells])).toEqual([['正文称行政复议0件，但表四行政复议总计为1', ['t4.review.total']]]);
  });

  it('adds both litigation groups and compares 制发规范性文件 with table 2', () => {
    let data = sampleData('000-weihai-science-2020', {
      statements: [said('litigation', 0, '未发生…行政诉讼案件'), said('normative_made', 5, '制发规范性文件 5 个')],
    });
    expect(checkNarrative(data)).toEqual([]);
    data = { ...data, statements: [said('normative_made', 3, '制发规范性文件3件')] };
    expect(checkNarrative(data).map((f) => f.message)).toEqual(['正文称制发规范性文件3件，但表二规范性文件本年制发（新制作）数量为5']);
  });
});
