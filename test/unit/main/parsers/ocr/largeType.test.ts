import { describe, expect, it } from 'vitest';
import { correctFromBody, correctLargeType } from '../../../../../main/parsers/ocr/largeType';
import type { PageGeometry, TextRun } from '../../../../../main/parsers/pdf/geometry';

const run = (text: string, size: number, confidence?: number): TextRun => ({ text, size, left: 0, right: 100, top: 700, bottom: 690, confidence });

describe('large type set right by the body text', () => {
  it('replaces the one character the body reads otherwise, with the same words around it', () => {
    expect(correctFromBody('威海市科学技木局', '根据有关规定，编制威海市科学技术局2020年政府信息公开工作年度报告。')).toBe('威海市科学技术局');
    // The body's mention wraps over two lines: the lines are joined before comparing.
    expect(correctFromBody('威海市环翠区科学技木局2023年度政府信息', '如对本报告有疑问，请与威海市环翠区' + '科学技术局办公室联系')).toBe(
      '威海市环翠区科学技术局2023年度政府信息',
    );
  });

  it('changes nothing the body does not support', () => {
    // Too little agreeing around the difference.
    expect(correctFromBody('市科技木局', '市科技术局')).toBe('市科技木局');
    // Digits are never changed: the text names another year.
    expect(correctFromBody('威海市科学技术局2020年政府信息公开', '威海市科学技术局2021年政府信息公开工作')).toBe('威海市科学技术局2020年政府信息公开');
    // The title's own reading occurs in the body too (环翠区): a neighbouring organ one character
    // apart is not the title's.
    expect(correctFromBody('威海市环翠区科学技术局', '威海市环山区科学技术局与环翠区科技局')).toBe('威海市环翠区科学技术局');
    // Two readings proposed for one character: neither wins.
    expect(correctFromBody('甲乙丙丁戊己庚', '甲乙丙子戊己庚，甲乙丙丑戊己庚')).toBe('甲乙丙丁戊己庚');
  });

  it('touches only large OCR runs, never a text layer', () => {
    const page: PageGeometry = {
      page: 1,
      width: 595,
      height: 842,
      segments: [],
      runs: [
        run('威海市科学技木局', 22, 93),
        ...Array.from({ length: 5 }, () => run('编制威海市科学技术局2020年报告', 14, 95)),
        // Table cells: many runs of one small digit, fewer characters than the text.
        ...Array.from({ length: 20 }, () => run('0', 7, 90)),
        run('威海市科学技木局', 22),
      ],
    };
    const [fixed] = correctLargeType([page]);
    expect(fixed.runs.map((r) => r.text)).toEqual([
      '威海市科学技术局',
      ...Array.from({ length: 5 }, () => '编制威海市科学技术局2020年报告'),
      ...Array.from({ length: 20 }, () => '0'),
      '威海市科学技木局',
    ]);
  });
});
