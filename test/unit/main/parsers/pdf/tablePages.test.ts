import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../../../../main/parsers/pdf/geometry';
import { mayHoldTable } from '../../../../../main/parsers/pdf/tablePages';

/** A run of `text` at (left, baseline top) in a 10 pt font, 10 pt a character. */
const run = (text: string, left: number, top: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  left,
  right: left + text.length * 10,
  top,
  bottom: top - 10,
  size: 10,
  ...extra,
});

const prose = [
  run('本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，', 50, 700),
  run('坚持以公开为常态、不公开为例外，', 50, 680),
  run('进一步提高政府信息公开工作质量', 210, 680), // the next run of the same line, touching
];

describe('mayHoldTable', () => {
  it('says no for lines of prose, even when split into runs', () => {
    expect(mayHoldTable(prose)).toBe(false);
  });

  it('says yes for a line with a column gap (a table row)', () => {
    expect(mayHoldTable([...prose, run('（一）主动公开', 50, 600), run('12', 300, 600)])).toBe(true);
  });

  it('says yes for vertical text and for a page with little text (a scan, a sparse table)', () => {
    expect(mayHoldTable([...prose, run('合计', 40, 500, { vertical: true })])).toBe(true);
    expect(mayHoldTable([run('第 3 页', 280, 40)])).toBe(true);
    expect(mayHoldTable([])).toBe(true);
  });
});
