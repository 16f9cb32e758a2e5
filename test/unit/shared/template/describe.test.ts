import { describe, expect, it } from 'vitest';
import { describeCell } from '../../../../shared/template';

describe('describeCell', () => {
  it('names a table 3 cell by its row (with its group) and column', () => {
    expect(describeCell('t3.unable.no_info.natural')).toBe('表三「（四）无法提供 1.本机关不掌握相关政府信息」自然人');
  });
  it('names table 2 cells in the wording of the report’s own version', () => {
    expect(describeCell('t2.normative.made', '2019')).toBe('表二「规范性文件」本年新制作数量');
    expect(describeCell('t2.normative.made', '2021')).toBe('表二「行政规范性文件」本年制发件数');
  });
  it('names a table 4 cell by group and column', () => {
    expect(describeCell('t4.litigation_after_review.total')).toBe('表四「复议后起诉」总计');
  });
});
