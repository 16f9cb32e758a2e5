import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks';
import { extractReport } from '../../../../shared/extract';
import { decideYear } from '../../../../shared/extract/reportYear';
import { layoutOf, paragraph } from '../../../helpers/layout';

/** A report body of paragraphs laid end to end, with text anchors at their real offsets. */
function report(lines: string[]) {
  let at = 0;
  return layoutOf(
    lines.map((line) => {
      const p = paragraph(line, at);
      at += line.length + 1;
      return p;
    }),
    'txt',
  );
}

const body = (year: number) => [`一、总体情况`, `${year}年，我局认真贯彻落实《条例》，扎实推进政务公开工作。`, `${year}年，共收到政府信息公开申请1件。`];

describe('the report year', () => {
  it('follows the period, the narrative and the date when only the title says another year', () => {
    const layout = report([
      '某某市科学技术局2023年政府信息公开工作年度报告',
      '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      ...body(2024),
      '2025年1月20日',
    ]);
    const data = extractReport(layout);
    expect(data.year).toBe(2024);
    const findings = runChecks(data);
    // Signed 2025-01-20 is in time for a 2024 report: no false deadline finding.
    expect(findings.filter((f) => f.rule === 'meta.timeliness')).toEqual([]);
    const stale = findings.filter((f) => f.rule === 'meta.stale_year');
    expect(stale.map((f) => f.message)).toEqual([expect.stringContaining('标题写的是2023年')]);
    expect(stale[0].anchors).toEqual([{ kind: 'text', start: 0, end: 25 }]);
  });

  it('reports a statistics period copied from last year, anchored to its sentence', () => {
    const title = '某某区人民政府2024年政府信息公开工作年度报告';
    const period = '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
    const layout = report([title, period, ...body(2024), '2025年3月10日']);
    const data = extractReport(layout);
    expect(data.year).toBe(2024);
    const stale = runChecks(data).filter((f) => f.rule === 'meta.stale_year');
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toContain('统计期限写的是2023年');
    const start = title.length + 1;
    expect(stale[0].anchors).toEqual([{ kind: 'text', start, end: start + period.length }]);
  });

  it('says nothing when title, period, narrative and date agree', () => {
    const layout = report([
      '某某市科学技术局2020年政府信息公开工作年度报告',
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      ...body(2020),
      '2021年1月28日',
    ]);
    const data = extractReport(layout);
    expect(data.year).toBe(2020);
    expect(runChecks(data).filter((f) => f.rule === 'meta.stale_year')).toEqual([]);
  });

  it('lets the title decide a tie with the period alone', () => {
    const anchor = { kind: 'text' as const, start: 0, end: 1 };
    expect(
      decideYear([
        { source: 'title', year: 2023, text: '', anchor },
        { source: 'period', year: 2024, text: '', anchor },
      ]),
    ).toBe(2023);
  });
});

describe('the organ in a captured web page', () => {
  it('drops the page’s field labels: 标题: 某某区… gives 某某区', () => {
    const data = extractReport(report(['标题: 某某区2021年度政府信息公开工作年度报告', '发布时间：2022-01-20 来源：某某区政府']));
    expect([data.organ, data.year]).toEqual(['某某区', 2021]);
  });

  it('drops a label and its value before the title on the same line', () => {
    const data = extractReport(report(['来源：某某区人民政府 某某区人民政府2021年政府信息公开工作年度报告']));
    expect([data.organ, data.organKind]).toEqual(['某某区人民政府', 'government']);
  });
});
