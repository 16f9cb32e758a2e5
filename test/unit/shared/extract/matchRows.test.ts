import { describe, expect, it } from 'vitest';
import { matchRows } from '../../../../shared/extract/matchRows';
import { toStream } from '../../../../shared/extract/stream';
import { T3_ROWS } from '../../../../shared/template';
import { paragraph, table } from '../../../helpers/layout';
import type { CellSpec } from '../../../helpers/layout';

const zeros = (n = 7) => Array<string>(n).fill('0');
const keys = (blocks: Parameters<typeof toStream>[0]) => matchRows(toStream(blocks), T3_ROWS).map((m) => m.key);

describe('matchRows on table 3', () => {
  it('finds rows whose sub-labels were lost by their group and then by position', () => {
    const rows: CellSpec[][] = [
      ['（二）部分公开', ...zeros()],
      [['（三）不予公开', 8, 1], '', ...zeros()],
      ...Array.from({ length: 7 }, () => ['', ...zeros()]),
      [['（四）无法提供', 3, 1], '', ...zeros()],
    ];
    expect(keys([table(rows)])).toEqual([
      'partial',
      'denied.state_secret',
      'denied.law_forbidden',
      'denied.security',
      'denied.third_party',
      'denied.internal',
      'denied.process',
      'denied.enforcement_file',
      'denied.inquiry',
      'unable.no_info',
    ]);
  });

  it('tells the single 2019 （六） row from the first 2021 sub-row', () => {
    const single = [
      ['（六）其他处理', ...zeros()],
      ['（七）总计', ...zeros()],
    ];
    const split: CellSpec[][] = [
      [['（六）其他处理', 3, 1], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...zeros()],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...zeros()],
      ['3.其他', ...zeros()],
    ];
    expect(keys([table(single)])).toEqual(['other', 'total']);
    expect(keys([table(split)])).toEqual(['other.overdue_correction', 'other.overdue_fee', 'other.other']);
  });

  it('skips the blank tail of a label cut by a page break', () => {
    const rows = [
      ['1.本机关不掌握相关政', '3', ...zeros(6)],
      ['府信息', '', '', '', '', '', '', ''],
      ['2.没有现成信息需要另行制作', ...zeros()],
    ];
    const matched = matchRows(toStream([table(rows)]), T3_ROWS);
    expect(matched.map((m) => m.key)).toEqual(['unable.no_info', 'unable.needs_creation']);
    expect(matched[0].slots[0].text).toBe('3');
  });

  it('joins a label wrapped over lines of flattened text, and never looks back', () => {
    const lines = ['2.其他法律行政法规 0 0 0 0 0 0 0', '开 禁止公开', '3.危及“三安全一稳', '定”', '0 0 0 0 0 0 0'].map((line) => paragraph(line));
    expect(keys(lines)).toEqual(['denied.law_forbidden', 'denied.security']);
  });

  it('takes a lone number on a line of text for a page number, not a row', () => {
    expect(keys([paragraph('（一）予以公开 1 0 0 0 0 0 1'), paragraph('3'), paragraph('（二）部分公开 0 0 0 0 0 0 0')])).toEqual(['granted', 'partial']);
  });
});
