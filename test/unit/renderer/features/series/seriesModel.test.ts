import { describe, expect, it } from 'vitest';
import { seriesModel, type SeriesReport } from '../../../../../renderer/features/series/seriesModel';
import { sampleData, withCell } from '../../../../helpers/reportData';

// Sample 004 (济宁市科学技术局 2020, 2019 format: 四 all 0) as the first year, then the same body
// re-laid as 2021 (二 claims 2 for 自然人 and 总计) and 2022 (二 = 2021's 四).
const y2020 = sampleData('004-jining-science-2020');
let y2021 = sampleData('004-jining-science-2020', { year: 2021, organ: '济宁市 科学技术局' });
y2021 = withCell(withCell(y2021, 't3.carried_over.natural', '2'), 't3.carried_over.total', '3');
y2021 = withCell(withCell(y2021, 't3.carried_forward.research', '4'), 't3.carried_forward.total', '4');
let y2022 = sampleData('002-huancui-science-2023', { year: 2022, organ: '济宁市科学技术局' });
y2022 = withCell(withCell(y2022, 't3.carried_over.research', '4'), 't3.carried_over.total', '4');

const reports: SeriesReport[] = [
  { id: 'r2022', name: '2022.docx', format: 'docx', data: y2022 },
  { id: 'r2020', name: '2020.txt', format: 'txt', data: y2020 },
  { id: 'r2021', name: '2021.pdf', format: 'pdf', data: y2021 },
];

const line = (model: ReturnType<typeof seriesModel>, key: string) => model.sections.flatMap((s) => s.lines).find((l) => l.key === key)!;

describe('历年对照: one body’s figures side by side by year', () => {
  const model = seriesModel(reports);

  it('orders the reports by year and names each column by its year', () => {
    expect(model.columns.map((c) => [c.id, c.label])).toEqual([
      ['r2020', '2020年度'],
      ['r2021', '2021年度'],
      ['r2022', '2022年度'],
    ]);
  });

  it('lays table 3 一 / 二 / （七）总计 / 四 per column, table 4 totals and 规范性文件 across the years', () => {
    expect(model.sections.map((s) => s.lines.length)).toEqual([28, 3, 3]);
    expect(line(model, 't3.new.research').cells.map((c) => c.value)).toEqual([1, 1, y2022.tables.t3.new.research.value]);
    expect(line(model, 't3.carried_over.natural').cells.map((c) => c.value)).toEqual([0, 2, 0]);
    expect(line(model, 't3.carried_forward.total').cells.map((c) => [c.reportId, c.ref, c.value])).toEqual([
      ['r2020', 't3.carried_forward.total', 0],
      ['r2021', 't3.carried_forward.total', 4],
      ['r2022', 't3.carried_forward.total', y2022.tables.t3.carried_forward.total.value],
    ]);
    expect(line(model, 't4.review.total').cells.map((c) => c.value)).toEqual([0, 0, y2022.tables.t4.review.total.value]);
    // 2019 format has no 本年废止件数: the cell is out of its template, not a missing value.
    expect(line(model, 't2.normative.made').cells.map((c) => c.value)).toEqual([6, 6, y2022.tables.t2.normative.made.value]);
    expect(line(model, 't2.normative.repealed').cells.map((c) => c.inTemplate)).toEqual([false, false, true]);
  });

  it('lights the carry-over finding on the pair of cells it concerns, and only there', () => {
    expect(model.pairs.map((p) => [p.reportId, p.ref, p.previousId, p.previousRef])).toEqual([
      ['r2021', 't3.carried_over.natural', 'r2020', 't3.carried_forward.natural'],
      ['r2021', 't3.carried_over.total', 'r2020', 't3.carried_forward.total'],
    ]);
    const lit = model.sections.flatMap((s) => s.lines.flatMap((l) => l.cells.filter((c) => c.carryOver).map((c) => `${c.reportId} ${c.ref}`)));
    expect(lit.sort()).toEqual(['r2020 t3.carried_forward.natural', 'r2020 t3.carried_forward.total', 'r2021 t3.carried_over.natural', 'r2021 t3.carried_over.total']);
    expect(line(model, 't3.carried_over.total').cells[1].carryOver).toMatch(/为3，但2020年度报告「四、结转下年度继续办理」为0/);
  });

  it('names the file too when a year has two reports (a .docx and its .pdf)', () => {
    const twice = seriesModel([...reports, { id: 'r2020pdf', name: '2020.pdf', format: 'pdf', data: y2020 }]);
    expect(twice.columns.map((c) => c.label)).toEqual(['2020年度 · txt', '2020年度 · pdf', '2021年度', '2022年度']);
    // The check paired 2021 with the first 2020 report of the batch order, as the batch does.
    expect(twice.pairs.every((p) => p.previousId === 'r2020')).toBe(true);
  });
});
