import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../../../shared/checks/structure';
import { sampleData } from '../../../helpers/reportData';

/** Removes a row as an extractor that never found it would leave it. */
function withoutRow(data: ReturnType<typeof sampleData>, table: 't2' | 't3' | 't4', row: string) {
  const t = structuredClone(data.tables[table]);
  Reflect.deleteProperty(t, row);
  return { ...data, tables: { ...data.tables, [table]: t }, rowsFound: data.rowsFound.filter((r) => r !== `${table}.${row}`) };
}

describe('structure.missing', () => {
  it('finds nothing missing in 002, whose single （六） row is its template', () => {
    expect(checkStructure(sampleData('002-huancui-science-2023'))).toEqual([]);
  });

  it('warns about a lost row of table 3 with its seven cells', () => {
    const data = withoutRow(sampleData('004-jining-science-2020'), 't3', 'unable.no_info');
    const findings = checkStructure(data);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['warning', '表三（收到和处理政府信息公开申请情况）缺少「（四）无法提供 1.本机关不掌握相关政府信息」一行'],
    ]);
    expect(findings[0].cells).toHaveLength(7);
  });

  it('reports a table that is absent altogether once', () => {
    let data = sampleData('000-weihai-science-2020');
    for (const g of ['review', 'litigation_direct', 'litigation_after_review']) data = withoutRow(data, 't4', g);
    expect(checkStructure(data).map((f) => f.message)).toEqual(['未找到表四（政府信息公开行政复议、行政诉讼情况）']);
  });

  it('asks for the 2021 rows of table 2 when table 2 is 2021 (005 without 行政许可)', () => {
    const data = withoutRow(sampleData('005-hongze-gov-2023'), 't2', 'licensing');
    expect(checkStructure(data).map((f) => f.cells)).toEqual([['t2.licensing.decisions']]);
  });
});
