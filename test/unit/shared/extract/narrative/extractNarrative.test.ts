import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNarrative } from '../../../../../shared/extract/narrative';
import type { LayoutParagraph } from '../../../../../shared/model';
import { samplePath } from '../../../../helpers/fixtures';

/** Paragraphs as a plain-text parser gives them: one per line, anchored by character offsets. */
function paragraphsOf(text: string): LayoutParagraph[] {
  const out: LayoutParagraph[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    out.push({ kind: 'paragraph', text: line, anchor: { kind: 'text', start: pos, end: pos + line.length } });
    pos += line.length + 1;
  }
  return out;
}

/** A sample's seed text as paragraphs. */
function sample(base: string): { text: string; paragraphs: LayoutParagraph[] } {
  const text = readFileSync(samplePath(base, 'txt'), 'utf8');
  return { text, paragraphs: paragraphsOf(text) };
}

/** The source text an anchor points at. */
function at(text: string, anchor: { kind: string; start?: number; end?: number }): string {
  return text.slice(anchor.start, anchor.end);
}

describe('extractNarrative on the samples', () => {
  it('000: six 一、 headings, signed 2021 年 1 月 28 日, no statement across PDF line breaks', () => {
    const { text, paragraphs } = sample('000-weihai-science-2020');
    const n = extractNarrative(paragraphs, 2020);
    expect(n.sections.map((s) => s.text)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(n.signed?.date).toBe('2021-01-28');
    expect(at(text, n.signed!.anchor)).toBe('2021 年 1 月 28 日');
    // The seed breaks 「未收到信息公\n开申请」 mid-word; a guess across lines would be unsafe.
    expect(n.statements).toEqual([]);
    expect(n.feesStatement).toBeNull();
  });

  it('000: reads 未收到申请, 未…行政复议, 未发生…行政诉讼 and 制发规范性文件 5 个 once the lines are joined', () => {
    const { text } = sample('000-weihai-science-2020');
    const joined = (from: string, to: string) => {
      const start = text.indexOf(from);
      if (start < 0 || text.indexOf(to, start) < 0) throw new Error(`not in the seed: ${from}…${to}`);
      return text.slice(start, text.indexOf(to, start) + to.length).replace(/\n/g, '');
    };
    const paragraphs = paragraphsOf([joined('严格执行《中华人民共和国政府信息公开条例》规定', '诉讼案件。'), joined('推进“五公开”', '提高政策知晓度。')].join('\n'));
    const n = extractNarrative(paragraphs, 2020);
    expect(n.statements.map((s) => [s.topic, s.value])).toEqual([
      ['applications', 0],
      ['review', 0],
      ['litigation', 0],
      ['normative_made', 5],
    ]);
  });

  it('001: section 1 numbered 「1、 总体情况」, not the 「1.主动公开…」 paragraph; 未收到 counts as 0', () => {
    const { text, paragraphs } = sample('001-lingang-innovation-2020');
    const n = extractNarrative(paragraphs, 2020);
    expect(n.sections.map((s) => [s.index, s.text])).toEqual([
      [1, '1、 总体情况'],
      [2, '二、主动公开政府信息情况'],
      [3, '三、收到和处理政府信息公开申请情况'],
      [4, '四、政府信息公开行政复议、行政诉讼情况'],
      [5, '五、存在的主要问题及改进情况'],
      [6, '六、其他需要报告的事项'],
    ]);
    expect(n.statements.map((s) => [s.topic, s.value, at(text, s.anchor)])).toEqual([
      ['applications', 0, '2020年我局未收到政府信息公开申请。'],
      ['review', 0, '2020年我局未收到公开行政复议、行政诉讼的情况。'],
      ['litigation', 0, '2020年我局未收到公开行政复议、行政诉讼的情况。'],
    ]);
    expect(n.signed).toBeNull();
  });

  it('002: 收到信息公开申请1件; 未收取任何费用 answers the fees question; no date', () => {
    const { text, paragraphs } = sample('002-huancui-science-2023');
    const n = extractNarrative(paragraphs, 2023);
    expect(n.sections).toHaveLength(6);
    expect(n.statements.map((s) => [s.topic, s.value])).toEqual([['applications', 1]]);
    expect(at(text, n.statements[0].anchor)).toBe('2023年收到信息公开申请1件，均在法定办结期限内答复完成。');
    expect(n.feesStatement?.text).toBe('本年度我单位依申请公开政府信息未收取任何费用。');
    expect(n.signed).toBeNull();
    expect(new Set(n.yearMentions.map((m) => m.year))).toEqual(new Set([2023]));
  });

  it('003: 「2、」 beats the sub-heading 「（1） 主动公开政府信息情况」; 收取申请5件, not 协助办理4件', () => {
    const { paragraphs } = sample('003-weihai-etdz-2020');
    const n = extractNarrative(paragraphs, 2020);
    expect(n.sections.map((s) => s.text)).toContain('2、 主动公开政府信息情况');
    expect(n.sections.map((s) => s.text)).not.toContain('（1） 主动公开政府信息情况');
    expect(n.statements.map((s) => [s.topic, s.value])).toEqual([['applications', 5]]);
    // 「本报告所列数据统计时限自2020年1月1日起至2020年12月31日止」 is no signature.
    expect(n.signed).toBeNull();
    expect(n.yearMentions.filter((m) => m.year === 2021).map((m) => m.text)[0]).toMatch(/^2021年，我区将/);
  });

  it('004: 共受理依申请公开1件, 行政复议0件，行政诉讼0件, signed 2021年1月21日', () => {
    const { paragraphs } = sample('004-jining-science-2020');
    const n = extractNarrative(paragraphs, 2020);
    expect(n.sections).toHaveLength(6);
    expect(n.statements.map((s) => [s.topic, s.value])).toEqual([
      ['applications', 1],
      ['review', 0],
      ['litigation', 0],
    ]);
    expect(n.signed?.date).toBe('2021-01-21');
    // 2020年总共对外公开规章和规范性文件6件 counts documents published, not issued.
    expect(n.statements.some((s) => s.topic === 'normative_made')).toBe(false);
  });
});

describe('extractNarrative on single paragraphs', () => {
  const one = (text: string, year = 2020) => extractNarrative(paragraphsOf(text), year);

  it('reads a signature in Chinese numerals: 二〇二一年一月二十八日', () => {
    expect(one('威海市科学技术局\n二〇二一年一月二十八日').signed?.date).toBe('2021-01-28');
  });

  it('rejects an impossible date line 2021年2月30日', () => {
    expect(one('2021年2月30日').signed).toBeNull();
  });

  it('finds 全年收取政府信息公开信息处理费 0 元 (005) and ignores 行政事业性收费', () => {
    expect(one('行政事业性收费 0 0').feesStatement).toBeNull();
    expect(one('2023 年，区政府严格落实有关办法，全年收取政府信息公开信息处理费 0 元。').feesStatement).not.toBeNull();
  });

  it('skips counts of another year and running totals', () => {
    expect(one('2019年收到信息公开申请3件。').statements).toEqual([]);
    expect(one('累计收到信息公开申请30件。').statements).toEqual([]);
    expect(one('上年结转申请2件，本年收到信息公开申请12件。').statements.map((s) => s.value)).toEqual([12]);
    expect(one('本年共收到政府信息公开申请12件，上年结转2件。').statements.map((s) => s.value)).toEqual([12]);
    expect(one('2020年受理政府信息公开申请 21 件，').statements.map((s) => s.value)).toEqual([21]);
  });

  it('takes （一）主动公开情况 for no section heading', () => {
    expect(one('（一）主动公开情况\n（二）依申请公开情况').sections).toEqual([]);
  });
});
