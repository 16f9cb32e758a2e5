import { describe, expect, it } from 'vitest';
import { groupSumsHold, MAX_LEAVES, pieceValue, readSlots, rowSumHolds } from '../../../../shared/extract/digitRuns';
import { narrowByRelations } from '../../../../shared/extract/resolveRuns';
import type { Piece } from '../../../../shared/extract/stream';

const piece = (text: string, start = 0): Piece => ({ text, anchor: { kind: 'text', start, end: start + text.length } });
const values = (option: Array<Piece | null>) => option.map(pieceValue);

describe('readSlots', () => {
  it('splits 350010238 into 35, 0, 0, 1, 0, 2, 38: the only cut whose 总计 is the sum', () => {
    const reading = readSlots([piece('350010238', 10)], 7, rowSumHolds);
    expect(reading.options.map(values)).toEqual([[35, 0, 0, 1, 0, 2, 38]]);
    // Each cell is anchored to its own digits of the run.
    expect(reading.options[0][6]?.anchor).toEqual({ kind: 'text', start: 17, end: 19 });
  });

  it('never cuts a part with a leading zero: a run of zeros is one zero per cell', () => {
    expect(readSlots([piece('0000000')], 7, rowSumHolds).options.map(values)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });

  it('takes 0万元 as a part like any 0: 520万元 in two cells is 5 and 20万元 or 52 and 0万元, not surely the first', () => {
    expect(readSlots([piece('520万元')], 2).options.map(values)).toEqual([
      [5, 20],
      [52, 0],
    ]);
    expect(readSlots([piece('3010.5万元')], 2).options.map(values)).toEqual([
      [30, 10.5],
      [301, 0.5],
    ]);
  });

  it('keeps both cuts of 110000011 (1,10,…,11 and 11,0,…,11): each row sum holds', () => {
    const reading = readSlots([piece('110000011')], 7, rowSumHolds);
    expect(reading.options.map(values)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('reads slots that already fill the row as they stand, without cutting', () => {
    const reading = readSlots(
      ['1', '0', '0', '0', '0', '0', '1'].map((t) => piece(t)),
      7,
      rowSumHolds,
    );
    expect([reading.split, reading.options.map(values)]).toEqual([false, [[1, 0, 0, 0, 0, 0, 1]]]);
  });

  it('pads a run too short for the row at the front, as a blank first cell', () => {
    expect(readSlots([piece('000000')], 7, rowSumHolds).options.map(values)).toEqual([[null, 0, 0, 0, 0, 0, 0]]);
  });

  it('cuts table 4 by its group sums: 行政复议 3+12+0+0=15, the rest 0', () => {
    const reading = readSlots([piece('3120015' + '0'.repeat(10))], 15, groupSumsHold);
    expect(reading.options.map(values)).toEqual([[3, 12, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });

  it('keeps a sign with the cell it opens (+113 after 188)', () => {
    const reading = readSlots([piece('188'), piece('+11320373')], 3);
    expect(reading.options.map(values)).toContainEqual([188, 113, 20373]);
    expect(reading.options.length).toBeGreaterThan(1); // table 2 has no relation to choose by
  });

  it('stops a run with too many cuts to try, and says so', () => {
    const reading = readSlots([piece('1234567891234567891234567891234567')], 7, rowSumHolds);
    expect(reading.capped).toBe(true);
    expect(reading.options.length).toBeLessThanOrEqual(64);
    expect(MAX_LEAVES).toBeLessThanOrEqual(20000);
  });
});

describe('narrowByRelations', () => {
  it('chooses between a row’s cuts by the relation with other rows', () => {
    const ambiguous = readSlots([piece('110000011')], 7, rowSumHolds);
    const total = readSlots(
      ['11', '0', '0', '0', '0', '0', '11'].map((t) => piece(t)),
      7,
    );
    const readings = new Map([
      ['a', ambiguous],
      ['total', total],
    ]);
    // Column 0 of row a must equal column 0 of total.
    const narrowed = narrowByRelations(readings, (get) => (get('a', 0) === get('total', 0) ? 1 : 0));
    expect(narrowed.get('a')?.map(values)).toEqual([[11, 0, 0, 0, 0, 0, 11]]);
  });
});
