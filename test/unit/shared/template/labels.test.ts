import { describe, expect, it } from 'vitest';
import { RULE_LABELS, cellLabel, cellUnit, cellsLabel, ruleLabel } from '../../../../shared/template/labels';
import { ruleLabel as summaryRuleLabel } from '../../../../main/export/summary/labels';

describe('cell and rule labels shared by the app and the exports', () => {
  it('names a table 3 cell by its group, row and column', () => {
    expect(cellLabel('t3.unable.no_info.natural', '2021')).toBe('表三 （四）1.本机关不掌握相关政府信息 · 自然人');
    expect(cellLabel('t4.review.total', '2021')).toBe('表四 行政复议 · 总计');
  });

  it('says 万元 for the money cells of table 2, once', () => {
    expect(cellUnit('t2.fees.amount')).toBe('万元');
    expect(cellUnit('t2.procurement.amount')).toBe('万元');
    expect(cellUnit('t2.fees.previous')).toBeNull();
    expect(cellUnit('t3.new.total')).toBeNull();
    expect(cellLabel('t2.procurement.amount', '2019')).toBe('表二 政府集中采购 · 采购总金额（万元）');
    // The 2021 column already says its unit.
    expect(cellLabel('t2.fees.amount', '2021')).toBe('表二 行政事业性收费 · 本年收费金额（单位：万元）');
  });

  it('names the cells of one row together and counts the rest of a long list', () => {
    const cols = ['natural', 'commercial', 'research'];
    const refs = ['new', 'carried_over', 'granted', 'partial'].flatMap((row) => cols.map((c) => `t3.${row}.${c}`));
    expect(cellsLabel(refs.slice(0, 3), '2021')).toBe('表三 一、本年新收政府信息公开申请数量 · 自然人、商业企业、科研机构');
    const short = cellsLabel(refs, '2021', 2);
    expect(short.split('；')).toHaveLength(3);
    expect(short.endsWith('等共 12 个单元格')).toBe(true);
  });

  it('has one label per rule, the same in the summary', () => {
    for (const [rule, label] of Object.entries(RULE_LABELS)) {
      expect(label).toMatch(/[\u4e00-\u9fff]/);
      expect(summaryRuleLabel(rule)).toBe(label);
      expect(ruleLabel(rule)).toBe(label);
    }
    expect(new Set(Object.values(RULE_LABELS)).size).toBe(Object.keys(RULE_LABELS).length);
  });
});
