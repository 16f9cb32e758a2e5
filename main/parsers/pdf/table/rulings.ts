import type { Segment } from '../geometry';

/** A merged horizontal (at y = pos, x from..to) or vertical (at x = pos, y from..to) ruling. */
export interface Ruling {
  pos: number;
  from: number;
  to: number;
}

/** The rulings of one table: horizontal and vertical lines that touch each other. */
export interface RulingGroup {
  horizontal: Ruling[];
  vertical: Ruling[];
}

/** Lines closer than this (points) are one line: double borders, rounding, hairline offsets. */
export const SAME_LINE = 2;
/** Pieces of one line may leave gaps this wide (points) at cell corners. */
const JOIN_GAP = 3;

/** Splits segments into horizontal and vertical rulings and joins collinear pieces. */
export function mergeSegments(segments: readonly Segment[]): RulingGroup {
  const horizontal: Ruling[] = [];
  const vertical: Ruling[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y0) < 0.01 && s.x1 - s.x0 > 0.5) horizontal.push({ pos: s.y0, from: s.x0, to: s.x1 });
    else if (Math.abs(s.x1 - s.x0) < 0.01 && s.y1 - s.y0 > 0.5) vertical.push({ pos: s.x0, from: s.y0, to: s.y1 });
  }
  return { horizontal: joinCollinear(horizontal), vertical: joinCollinear(vertical) };
}

function joinCollinear(lines: Ruling[]): Ruling[] {
  const sorted = [...lines].sort((a, b) => a.pos - b.pos || a.from - b.from);
  // Cluster by position first, so that a line drawn at 100.0 and its neighbour at 100.4 agree.
  const clusters: Ruling[][] = [];
  for (const line of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && line.pos - last[0].pos <= SAME_LINE) last.push(line);
    else clusters.push([line]);
  }
  const out: Ruling[] = [];
  for (const cluster of clusters) {
    const pos = cluster.reduce((sum, l) => sum + l.pos, 0) / cluster.length;
    const pieces = cluster.sort((a, b) => a.from - b.from);
    let current: Ruling = { pos, from: pieces[0].from, to: pieces[0].to };
    for (const piece of pieces.slice(1)) {
      if (piece.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, piece.to);
      else {
        out.push(current);
        current = { pos, from: piece.from, to: piece.to };
      }
    }
    out.push(current);
  }
  return out;
}

/**
 * Groups rulings into tables: the connected sets of horizontal and vertical lines that cross or
 * touch. Groups with fewer than two lines each way are not tables (a rule under a heading).
 */
export function groupRulings({ horizontal, vertical }: RulingGroup): RulingGroup[] {
  const parent = new Map<Ruling, Ruling>();
  const find = (r: Ruling): Ruling => {
    let root = r;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(r, root);
    return root;
  };
  for (const r of [...horizontal, ...vertical]) parent.set(r, r);
  for (const h of horizontal) {
    for (const v of vertical) {
      const touches = v.pos >= h.from - JOIN_GAP && v.pos <= h.to + JOIN_GAP && h.pos >= v.from - JOIN_GAP && h.pos <= v.to + JOIN_GAP;
      if (touches) parent.set(find(h), find(v));
    }
  }
  const groups = new Map<Ruling, RulingGroup>();
  const groupOf = (r: Ruling): RulingGroup => {
    const root = find(r);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { horizontal: [], vertical: [] }));
    return g;
  };
  for (const h of horizontal) groupOf(h).horizontal.push(h);
  for (const v of vertical) groupOf(v).vertical.push(v);
  return [...groups.values()].filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2);
}
