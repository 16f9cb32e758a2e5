import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import { OWN_FIXTURES } from '../helpers/fixtures';

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
});
