import type { Anchor, LayoutBlock } from '../../../shared/model';
import { unrotatePoint } from './raster';

/** How a scanned page was straightened: its skew and size in points. */
export interface PageTurn {
  skew: number;
  width: number;
  height: number;
}

/**
 * Moves the anchors of straightened scanned pages back onto the page as scanned: each rectangle
 * keeps its size and moves with its centre, so the box drawn over the page image lies on the
 * cell as the user sees it (a skew of 0.8° moves a corner cell by 2 mm).
 */
export function unskewAnchors(blocks: readonly LayoutBlock[], turns: ReadonlyMap<number, PageTurn>): LayoutBlock[] {
  if (turns.size === 0) return [...blocks];
  const fix = (anchor: Anchor): Anchor => {
    if (anchor.kind !== 'pdf') return anchor;
    const turn = turns.get(anchor.page);
    if (!turn || turn.skew === 0) return anchor;
    return {
      ...anchor,
      rects: anchor.rects.map((r) => {
        // PDF points have y up; the image-space turn has y down.
        const c = unrotatePoint(r.x + r.width / 2, turn.height - (r.y + r.height / 2), turn.width, turn.height, turn.skew);
        const round = (v: number): number => Math.round(v * 100) / 100;
        return { ...r, x: round(c.x - r.width / 2), y: round(turn.height - c.y - r.height / 2) };
      }),
    };
  };
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { ...b, anchor: fix(b.anchor) }
      : { ...b, anchor: fix(b.anchor), rows: b.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, anchor: fix(cell.anchor) })) })) },
  );
}
