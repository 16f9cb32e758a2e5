import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../../../main/parsers/pdf/geometry';
import { buildGrid } from '../../../../../../main/parsers/pdf/table/grid';
import { groupRulings, mergeSegments } from '../../../../../../main/parsers/pdf/table/rulings';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });

function gridOf(segments: Segment[]) {
  const groups = groupRulings(mergeSegments(segments));
  expect(groups).toHaveLength(1);
  return buildGrid(groups[0]);
}

const spans = (grid: ReturnType<typeof buildGrid>) => grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);

describe('buildGrid', () => {
  it('rebuilds a row label merged over three rows beside three value rows', () => {
    // Columns 0–100 (label, no rulings between its rows) and 100–200 (values, ruled per row).
    const grid = gridOf([h(300, 0, 200), h(200, 100, 200), h(100, 100, 200), h(0, 0, 200), v(0, 0, 300), v(100, 0, 300), v(200, 0, 300)]);
    expect(spans(grid)).toEqual([
      [0, 0, 3, 1],
      [0, 1, 1, 1],
      [1, 1, 1, 1],
      [2, 1, 1, 1],
    ]);
    expect(grid.cells[0].box).toEqual({ left: 0, right: 100, top: 300, bottom: 0 });
  });

  it('rebuilds a header cell spanning two columns', () => {
    const grid = gridOf([h(200, 0, 200), h(100, 0, 200), h(0, 0, 200), v(0, 0, 200), v(100, 0, 100), v(200, 0, 200)]);
    expect(spans(grid)).toEqual([
      [0, 0, 1, 2],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it('joins rulings drawn in pieces and double lines a hair apart into one edge', () => {
    const grid = gridOf([h(100, 0, 48), h(100.4, 50, 100), h(0, 0, 100), h(0.8, 0, 100), v(0, 0, 100), v(50, 0, 100), v(100, 0, 100)]);
    expect(grid.ys).toHaveLength(2);
    expect(spans(grid)).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
    ]);
  });

  it('keeps the outer columns of a table drawn without left and right borders', () => {
    const grid = gridOf([h(100, 0, 300), h(50, 0, 300), h(0, 0, 300), v(100, 0, 100), v(200, 0, 100)]);
    expect(grid.xs).toEqual([0, 100, 200, 300]);
    expect(grid.cells).toHaveLength(6);
  });

  it('does not take a lone underline for a table', () => {
    expect(groupRulings(mergeSegments([h(500, 50, 300)]))).toEqual([]);
  });
});
