import { describe, expect, it } from 'vitest';
import { checkValueKind } from '../../../../shared/checks/valueKind';
import { sampleData, withCell } from '../../../helpers/reportData';

describe('value.kind', () => {
  it('flags the blank first cell of 四、结转下年度继续办理 (001)', () => {
    const findings = checkValueKind(sampleData('001-lingang-innovation-2020'));
    expect(findings).toEqual([
      {
        rule: 'value.kind',
        severity: 'error',
        message: '表三「四、结转下年度继续办理」（自然人）为空，应填写数字',
        cells: ['t3.carried_forward.natural'],
        anchors: [],
      },
    ]);
  });

  it('does not hold 002 to the 2021 sub-rows of （六） it never had', () => {
    expect(checkValueKind(sampleData('002-huancui-science-2023'))).toEqual([]);
  });

  it('names a dash, a negative and a fraction in table 3 and 4', () => {
    let data = sampleData('003-weihai-etdz-2020');
    data = withCell(data, 't3.granted.natural', '—');
    data = withCell(data, 't3.partial.total', '-1');
    data = withCell(data, 't4.review.pending', '0.5');
    expect(checkValueKind(data).map((f) => f.message)).toEqual([
      '表三「（一）予以公开」（自然人）为「—」，应填写数字',
      '表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」（总计）为-1，应为非负整数',
      '表四「行政复议」（尚未审结）为0.5，应为非负整数',
    ]);
  });

  it('names a cell holding two numbers or a count with a leading zero: two cells run together where a ruling was lost', () => {
    let data = sampleData('003-weihai-etdz-2020');
    data = withCell(data, 't3.other.research', '0 1');
    data = withCell(data, 't4.review.upheld', '01');
    data = withCell(data, 't4.review.total', '10');
    expect(checkValueKind(data).map((f) => f.message)).toEqual([
      '表三「（六）其他处理」（科研机构）为「0 1」，像是两格的数字连在一起（表格线缺失？），请对照原文核对',
      '表四「行政复议」（结果维持）为「01」，像是两格的数字连在一起（表格线缺失？），请对照原文核对',
    ]);
  });

  it('lists every blank cell of a table in one finding per table, a dash counting as blank', () => {
    let data = sampleData('003-weihai-etdz-2020');
    for (const ref of ['t3.new.natural', 't3.new.total', 't3.granted.commercial', 't3.partial.research', 't3.total.other', 't3.carried_over.legal']) {
      data = withCell(data, ref, '');
    }
    data = withCell(data, 't3.total.social', '—');
    data = withCell(data, 't4.review.upheld', '');
    data = withCell(data, 't4.litigation_direct.total', '');
    data = withCell(data, 't3.other.natural', '无');
    const findings = checkValueKind(data);
    expect(findings.map((f) => f.cells.length)).toEqual([7, 1, 2]);
    expect(findings[0].cells).toContain('t3.total.social');
    expect(findings[0].message).toMatch(/^表三有7个单元格为空，应填写数字：「一、本年新收政府信息公开申请数量」（自然人）、.*等$/);
    expect(findings[1].message).toBe('表三「（六）其他处理」（自然人）为「无」，应填写数字');
    expect(findings[2].message).toMatch(/^表四有2个单元格为空/);
  });

  it('reports a cell absent from a found row (a row of 6 values)', () => {
    const data = sampleData('004-jining-science-2020');
    delete data.tables.t3.carried_forward.total;
    expect(checkValueKind(data).map((f) => f.cells)).toEqual([['t3.carried_forward.total']]);
  });
});
