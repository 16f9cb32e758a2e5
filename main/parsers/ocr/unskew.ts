import type { Anchor, LayoutBlock } from '../../../shared/model';
import { turnedSize, unrotatePoint, unturnPoint, type QuarterTurn } from './raster';

/** How a scanned page was read: turned from PDF user space (by its /Rotate, and upright), then its skew undone; its size in points as read. */
export interface PageTurn {
  turn: QuarterTurn;
  skew: number;
  width: number;
  height: number;
}

/**
 * Moves the anchors of straightened scanned pages back onto the page as scanned: each rectangle
 * keeps its size (its sides swapped on a page read sideways) and moves with its centre, so the
 * box drawn over the page image lies on the cell as the user sees it (a skew of 0.8° moves a
 * corner cell by 2 mm; a page scanned sideways has its tables across the screen).
 */
export function unskewAnchors(blocks: readonly LayoutBlock[], turns: ReadonlyMap<number, PageTurn>): LayoutBlock[] {
  if (turns.size === 0) return [...blocks];
  const fix = (anchor: Anchor): Anchor => {
    if (anchor.kind !== 'pdf') return anchor;
    const turn = turns.get(anchor.page);
    if (!turn || (turn.skew === 0 && turn.turn === 0)) return anchor;
    // The page as scanned.
    const { width, height } = turnedSize(turn.width, turn.height, turn.turn);
    return {
      ...anchor,
      rects: anchor.rects.map((r) => {
        // PDF points have y up; the image-space turns have y down.
        const straight = unrotatePoint(r.x + r.width / 2, turn.height - (r.y + r.height / 2), turn.width, turn.height, turn.skew);
        const c = unturnPoint(straight.x, straight.y, width, height, turn.turn);
        const size = turnedSize(r.width, r.height, turn.turn);
        const round = (v: number): number => Math.round(v * 100) / 100;
        return { ...r, x: round(c.x - size.width / 2), y: round(height - c.y - size.height / 2), ...size };
      }),
    };
  };
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, anchor: fix(b.anchor) }
      : { ...b, anchor: fix(b.anchor), rows: b.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, anchor: fix(cell.anchor) })) })) },
  );
}
