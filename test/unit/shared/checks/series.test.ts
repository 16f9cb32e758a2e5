import { describe, expect, it } from 'vitest';
import { organKey, previousOf, reportSeries, sameBody } from '../../../../shared/checks/series';

const r = (organ: string | null, year: number | null, id = `${organ}-${year}`) => ({ id, organ, year });

describe('one body across years: the pairing the carry-over check and 历年对照 share', () => {
  it('reads one body however its name is written: widths, spaces, quotes and bracket kinds', () => {
    expect(organKey('威海市环翠区（高新区）科学技术局')).toBe(organKey('威海市环翠区(高新区)科学技术局'));
    expect(organKey('济宁市 科学技术局')).toBe(organKey('济宁市科学技术局'));
    expect(organKey('济宁市\u3000科学技术局\n')).toBe(organKey('济宁市科学技术局'));
    expect(organKey('“济宁市科学技术局”')).toBe(organKey('济宁市科学技术局'));
    expect(organKey('某县〔开发区〕管委会')).toBe(organKey('某县(开发区)管委会'));
    expect(organKey('ＸＸ市第２中学')).toBe(organKey('XX市第2中学'));
    expect(organKey('济宁市科学技术局')).not.toBe(organKey('济宁市科学技术协会'));
    expect(sameBody(r('济宁市 科学技术局', 2020), r('济宁市科学技术局', 2021))).toBe(true);
    expect(sameBody(r(null, 2020), r(null, 2021))).toBe(false);
  });

  it("pairs a report with last year's report of the same body, the first in the batch's order", () => {
    const all = [
      r('济宁市科学技术局', 2021, 'a'),
      r('济宁市科学技术局', 2019, 'b'),
      r('济宁市 科学技术局', 2020, 'c'),
      r('济宁市科学技术局', 2020, 'd'),
      r('威海市科学技术局', 2020, 'e'),
    ];
    expect(previousOf(all[0], all)?.id).toBe('c');
    expect(previousOf(all[2], all)?.id).toBe('b');
    expect(previousOf(all[1], all)).toBeNull();
    expect(previousOf(all[4], all)).toBeNull();
    expect(previousOf(r(null, 2021), all)).toBeNull();
    expect(previousOf(r('济宁市科学技术局', null), all)).toBeNull();
  });

  it('groups the batch into series of at least two years, oldest first, same-year copies in batch order', () => {
    const all = [
      r('济宁市科学技术局', 2021, 'a'),
      r('威海市科学技术局', 2020, 'w1'),
      r('济宁市科学技术局', 2020, 'docx'),
      r('威海市科学技术局', 2020, 'w2'),
      r('济宁市（科学技术局）', 2020, 'pdf'),
      r(null, 2020, 'unknown'),
      r('济宁市科学技术局', null, 'no-year'),
      r('济宁市科学技术局', 2022, 'z'),
    ];
    const series = reportSeries(all);
    expect(series.map((s) => [s.organ, s.years, s.members.map((m) => m.id)])).toEqual([['济宁市科学技术局', [2020, 2021, 2022], ['docx', 'a', 'z']]]);
    // Full-width brackets pair with half-width ones: 济宁市（科学技术局） is 济宁市(科学技术局), not 济宁市科学技术局.
    expect(reportSeries(all, 1).map((s) => s.members.map((m) => m.id))).toEqual([['docx', 'a', 'z'], ['w1', 'w2'], ['pdf']]);
  });
});
