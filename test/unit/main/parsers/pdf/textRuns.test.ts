import { describe, expect, it } from 'vitest';
import { runsFromItem } from '../../../../../main/parsers/pdf/textRuns';

describe('runsFromItem', () => {
  it('splits a row of values drawn as one item at its spaces, each with its own position', () => {
    const runs = runsFromItem({ str: '10 1 0', transform: [10, 0, 0, 10, 100, 500], width: 30, height: 10 });
    expect(runs.map((r) => r.text)).toEqual(['10', '1', '0']);
    expect(runs[0].left).toBe(100);
    expect(runs[1].left).toBeGreaterThan(runs[0].right);
    expect(runs[2].right).toBeCloseTo(130);
    expect(runs[1].spaceBefore).toBe(true);
  });

  it('boxes horizontal text from a little below the baseline to the font size above it', () => {
    const [run] = runsFromItem({ str: '总计', transform: [12, 0, 0, 12, 50, 400], width: 24, height: 12 });
    expect(run).toMatchObject({ text: '总计', left: 50, right: 74, size: 12 });
    expect(run.bottom).toBeLessThan(400);
    expect(run.top).toBeGreaterThan(400);
  });

  it('drops items that are only white space', () => {
    expect(runsFromItem({ str: '  ', transform: [12, 0, 0, 12, 0, 0], width: 2971, height: 0 })).toEqual([]);
  });
});
