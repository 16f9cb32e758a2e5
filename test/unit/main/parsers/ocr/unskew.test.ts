import { describe, expect, it } from 'vitest';
import type { LayoutBlock, Rect } from '../../../../../shared/model';
import { unskewAnchors, type PageTurn } from '../../../../../main/parsers/ocr/unskew';

/** A paragraph on page 1 anchored at `rect` (PDF points, y up) of the page as read. */
const paragraph = (rect: Rect): LayoutBlock => ({ kind: 'paragraph', text: '一', anchor: { kind: 'pdf', page: 1, rects: [rect] } });
const rectOf = (block: LayoutBlock): Rect => (block.anchor.kind === 'pdf' ? block.anchor.rects[0] : { x: NaN, y: NaN, width: NaN, height: NaN });

describe('anchors of a scanned page read upright go back onto the page as scanned', () => {
  // A landscape page (842×595 pt) as scanned, read upright (595×842) after its turn; the box is at
  // the top left of the upright page, 100 pt wide and 20 pt high.
  const topLeft: Rect = { x: 10, y: 800, width: 100, height: 20 };
  const read = (turn: PageTurn['turn'], width: number, height: number) =>
    rectOf(unskewAnchors([paragraph(topLeft)], new Map([[1, { turn, skew: 0, width, height }]]))[0]);

  it('sideways, turned 90° clockwise to read: the top left of the text was the bottom left of the page, the box standing up', () => {
    expect(read(90, 595, 842)).toEqual({ x: 22, y: 10, width: 20, height: 100 });
  });

  it('sideways the other way (270°): it was the top right', () => {
    expect(read(270, 595, 842)).toEqual({ x: 842 - 22 - 20, y: 595 - 10 - 100, width: 20, height: 100 });
  });

  it('upside down: it was the bottom right, the box as wide as it was', () => {
    expect(read(180, 595, 842)).toEqual({ x: 595 - 10 - 100, y: 842 - 800 - 20, width: 100, height: 20 });
  });

  it('leaves a page read as it lay where it is', () => {
    expect(read(0, 595, 842)).toEqual(topLeft);
  });
});
