import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { OWN_FIXTURES } from '../helpers/fixtures';
import { seriesModel } from '../../renderer/features/series/seriesModel';
import { reportSeries } from '../../shared/checks/series';

const file = (name: string) => join(OWN_FIXTURES, 'cross-year', name);

function carryOver(outcomes: Awaited<ReturnType<typeof reviewPaths>>) {
  return outcomes.flatMap((o) => (o.ok ? o.doc.findings.filter((f) => f.rule === 'cross_year.carry_over') : []));
}

describe('reports of the same body for consecutive years, reviewed together', () => {
  it('flags this year’s 上年结转 that last year’s 结转下年度 does not carry, per column', async () => {
    const outcomes = await reviewPaths([file('jining-science-2021.txt'), file('jining-science-2020.txt')]);
    const findings = carryOver(outcomes);
    expect(findings.map((f) => f.cells)).toEqual(
      [
        ['t3.carried_over.natural', 't3.carried_forward.natural'],
        ['t3.carried_over.total', 't3.carried_forward.total'],
      ].map((cells) => expect.arrayContaining([cells[0]])),
    );
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('says nothing across years when last year’s report is not in the batch', async () => {
    expect(carryOver(await reviewPaths([file('jining-science-2021.txt')]))).toEqual([]);
  });

  it('forms one series of the two years, and 历年对照 lights exactly the cells the batch’s finding names', async () => {
    const outcomes = await reviewPaths([file('jining-science-2021.txt'), file('jining-science-2020.txt')]);
    const docs = outcomes.flatMap((o) =>
      o.ok ? [{ id: o.doc.file, name: o.doc.file, format: o.doc.format, organ: o.doc.data.organ, year: o.doc.data.year, data: o.doc.data }] : [],
    );
    const [series, ...none] = reportSeries(docs);
    expect(none).toEqual([]);
    expect([series.organ, series.years]).toEqual(['济宁市科学技术局', [2020, 2021]]);
    const model = seriesModel(series.members);
    const found = carryOver(outcomes).flatMap((f) => f.cells.filter((c) => c.startsWith('t3.carried_over.')));
    expect(model.pairs.map((p) => p.ref).sort()).toEqual(found.sort());
    expect(model.pairs.map((p) => [p.reportId, p.previousId])).toEqual(found.map(() => ['jining-science-2021.txt', 'jining-science-2020.txt']));
    const t3 = model.sections[0].lines;
    expect(t3.find((l) => l.key === 't3.carried_over.natural')!.cells.map((c) => [c.value, !!c.carryOver])).toEqual([
      [0, false],
      [2, true],
    ]);
    expect(t3.find((l) => l.key === 't3.carried_forward.natural')!.cells.map((c) => [c.value, !!c.carryOver])).toEqual([
      [0, true],
      [0, false],
    ]);
  });
});
