import { describe, expect, it } from 'vitest';
import { correctFromBody, correctLargeType, typePitch } from '../../../../../main/parsers/ocr/largeType';
import type { PageGeometry, TextRun } from '../../../../../main/parsers/pdf/geometry';

/** A line whose characters are `pitch` points apart (a digit half that), its box `height` high. */
const run = (text: string, pitch: number, confidence?: number, height = pitch): TextRun => {
  const ems = [...text].reduce((n, c) => n + (/[0-9a-z]/i.test(c) ? 0.5 : 1), 0);
  return { text, size: height, left: 72, right: 72 + pitch * ems, top: 700, bottom: 700 - height, confidence };
};

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

  it('measures type by its character pitch, not by the height of the line box', () => {
    expect(typePitch(run('威海市科学技术局', 22))).toBeCloseTo(22);
    // The reader's ASCII comma stands for a full-width one; digits are half an em.
    expect(typePitch(run('要求,编制威海市科学技术局2020', 16))).toBeCloseTo(16);
    expect(typePitch({ ...run('要求,编制', 16), right: 72 + 16 * 5 })).toBeCloseTo(16);
    // Too few Chinese characters to tell.
    expect(typePitch(run('2021年1月28日', 16))).toBeNull();
  });

  it('sets right a title in 二号 over a 三号 body, whose OCR line boxes are nearly as high as the body’s', () => {
    // As sample 000 reads: the title's box 21 pt high, body lines' boxes 15–23 pt (quotes, brackets).
    const body = [
      '根据《中华人民共和国政府信息公开条例》《国务院办公',
      '有关事项的通知》等规定要求,编制威海市科学技术局2020',
      '外“为原则,着力提升公开质量,夯实公开工作基础,切实保',
    ];
    const page: PageGeometry = {
      page: 1,
      width: 595,
      height: 842,
      segments: [],
      runs: [run('威海市科学技木局', 21.8, 92, 20.9), ...body.map((t, i) => run(t, 16.5, 95, [14.9, 16.6, 23][i])), run('一、总体情况', 16, 93, 14.9)],
    };
    const [fixed] = correctLargeType([page]);
    expect(fixed.runs.map((r) => r.text)).toEqual(['威海市科学技术局', ...body, '一、总体情况']);
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
