import { describe, expect, it } from 'vitest';
import { checkTemplateVersion } from '../../../../shared/checks/templateVersion';
import { sampleData } from '../../../helpers/reportData';

const OTHER_CELLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'].map((c) => `t3.other.${c}`);

describe('template.version', () => {
  it('flags the single （六） row beside a 2021 table 2 in a 2023 report (002)', () => {
    const findings = checkTemplateVersion(sampleData('002-huancui-science-2023'));
    expect(findings.map((f) => [f.severity, f.message, f.cells])).toEqual([
      ['warning', '2023年度报告的表二为2021年格式，但表三（六）其他处理仍为2019年格式的单行，未分1./2./3.三项', OTHER_CELLS],
    ]);
  });

  it('accepts the 2019 tables of a 2020 report (000)', () => {
    expect(checkTemplateVersion(sampleData('000-weihai-science-2020'))).toEqual([]);
  });

  it('accepts a 2023 report with a 2021 table 2 and a split （六）', () => {
    const data = sampleData('005-hongze-gov-2023', { tableVersions: { t2: '2021', t3Other: 'split' } });
    expect(checkTemplateVersion(data)).toEqual([]);
  });

  it('flags a 2021 report still on the 2019 table 2 (000 dated 2021)', () => {
    const data = sampleData('000-weihai-science-2020', { year: 2021 });
    expect(checkTemplateVersion(data).map((f) => f.message)).toEqual([
      '2021年度报告的表二仍为2019年格式（本年新制作数量、第二十条第（九）项等），应使用2021年格式',
      '2021年度报告的表三（六）其他处理仍为2019年格式的单行，未分1./2./3.三项',
    ]);
  });

  it('flags a 2020 report on the 2021 tables (005 dated 2020)', () => {
    const data = sampleData('005-hongze-gov-2023', { year: 2020 });
    const findings = checkTemplateVersion(data);
    expect(findings.map((f) => f.message)).toEqual(['2020年度报告的表二使用了2021年格式（本年制发件数等），该年度应使用2019年格式']);
    expect(findings[0].cells).toContain('t2.normative.made');
  });
});
