import { describe, expect, it } from 'vitest';
import { segmentsFromOperators, type OpCodes } from '../../../../../main/parsers/pdf/operatorSegments';

// Op numbers as in pdf.js's OPS; the module takes them as a parameter.
const ops: OpCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  setFillRGBColor: 59,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const M = 0;
const L = 1;
const Z = 4;

describe('segmentsFromOperators', () => {
  it('maps a stroked line through a flipped page matrix (as WPS writes it) into user space, y up', () => {
    const segments = segmentsFromOperators(
      [ops.save, ops.transform, ops.constructPath, ops.restore],
      [null, [1, 0, 0, -1, 0, 842], [ops.stroke, [new Float32Array([M, 75, 122, L, 517, 122])], null], null],
      ops,
    );
    expect(segments).toEqual([{ x0: 75, y0: 720, x1: 517, y1: 720 }]);
  });

  it('takes the four edges of a stroked rectangle', () => {
    const segments = segmentsFromOperators([ops.constructPath], [[ops.stroke, [new Float32Array([M, 0, 0, L, 100, 0, L, 100, 50, L, 0, 50, Z])], null]], ops);
    expect(segments).toHaveLength(4);
  });

  it('reads a thin filled bar as a ruling and ignores white cell backgrounds', () => {
    const bar = new Float32Array([M, 10, 100, L, 210, 100, L, 210, 100.5, L, 10, 100.5, Z]);
    const background = new Float32Array([M, 10, 0, L, 210, 0, L, 210, 1, L, 10, 1, Z]);
    const segments = segmentsFromOperators(
      [ops.constructPath, ops.save, ops.setFillRGBColor, ops.constructPath, ops.restore],
      [[ops.fill, [bar], null], null, ['#ffffff'], [ops.fill, [background], null], null],
      ops,
    );
    expect(segments).toEqual([{ x0: 10, y0: 100.25, x1: 210, y1: 100.25 }]);
  });

  it('ignores diagonal strokes and curves', () => {
    const segments = segmentsFromOperators([ops.constructPath], [[ops.stroke, [new Float32Array([M, 0, 0, L, 50, 50, 2, 1, 1, 2, 2, 3, 3])], null]], ops);
    expect(segments).toEqual([]);
  });
});
