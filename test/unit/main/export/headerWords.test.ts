import { describe, expect, it } from 'vitest';
import { headerHtml, headerWords } from '../../../../main/export/summary/headerWords';
import { T2_2019, T2_2021, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../../../../shared/template';

describe('column headers wrap between words only', () => {
  it('cuts the table 3 applicant columns into their words', () => {
    expect(headerWords('商业企业')).toEqual(['商业', '企业']);
    expect(headerWords('社会公益组织')).toEqual(['社会', '公益', '组织']);
    expect(headerWords('法律服务机构')).toEqual(['法律', '服务', '机构']);
    expect(headerWords('复议后起诉')).toEqual(['复议后', '起诉']);
  });

  it('keeps brackets and the colon with their words', () => {
    expect(headerWords('本年收费金额（单位：万元）')).toEqual(['本年', '收费', '金额', '（单位：', '万元）']);
  });

  it('knows every word of every template column header (no header falls back to single characters)', () => {
    const labels = [...T3_COLUMNS, ...T4_COLUMNS, ...T4_GROUPS, ...[...T2_2019, ...T2_2021].flatMap((b) => b.columns)].map((c) => c.label);
    for (const label of labels)
      expect(
        headerWords(label).every((w) => w.length > 1),
        label,
      ).toBe(true);
  });

  it('escapes the label and joins the words with <wbr>', () => {
    expect(headerHtml('科研机构')).toBe('科研<wbr>机构');
    expect(headerHtml('<b>')).toBe('&lt;<wbr>b<wbr>&gt;');
  });
});
