import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../../../../main/parsers/pdf/geometry';
import { groupLines, joinRuns, joinWrapped } from '../../../../../../main/parsers/pdf/text/lines';

const run = (text: string, left: number, right: number, top = 110, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  left,
  right,
  top,
  bottom: top - 10,
  size: 10,
  ...extra,
});

describe('joinRuns', () => {
  it('glues a number that the producer drew one digit at a time', () => {
    expect(joinRuns([run('2', 0, 5), run('1', 5, 10)])).toBe('21');
  });

  it('never puts a space between CJK characters, even across a wide justified gap', () => {
    expect(joinRuns([run('邮', 0, 10), run('编', 25, 35, 110, { spaceBefore: true })])).toBe('邮编');
  });

  it('drops the space pdf.js inserts between a number and a CJK character', () => {
    expect(joinRuns([run('2023', 0, 20), run('年', 23, 33, 110, { spaceBefore: true })])).toBe('2023年');
  });

  it('keeps a space between two Latin words', () => {
    expect(joinRuns([run('Shopping', 0, 40), run('list', 43, 60, 110, { spaceBefore: true })])).toBe('Shopping list');
  });

  it('drops a run drawn twice on itself (fake bold)', () => {
    expect(joinRuns([run('总计', 0, 20), run('总计', 0.3, 20.3)])).toBe('总计');
  });
});

describe('joinWrapped', () => {
  it('joins a label wrapped over lines without inserting spaces', () => {
    expect(joinWrapped(['三、', '本年', '度办', '理结', '果'])).toBe('三、本年度办理结果');
  });

  it('keeps numbers that were separate words apart', () => {
    expect(joinWrapped(['10', '11'])).toBe('10 11');
  });
});

describe('groupLines', () => {
  it('puts runs of different font sizes on one baseline band into one line, top line first', () => {
    const lines = groupLines([run('0', 100, 107, 112, { size: 14 }), run('（一）予以公开', 0, 63, 110), run('下一行', 0, 30, 90)]);
    expect(lines.map((l) => l.text)).toEqual(['（一）予以公开0', '下一行']);
  });
});
