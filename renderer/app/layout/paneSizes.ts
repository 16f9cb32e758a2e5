/** The workspace's pane sizes: the source pane's share of the two main panes, the side pane's width. */
export interface PaneSizes {
  /** Share of the source pane in the width left to source + tables, 0.2–0.8. */
  sourceShare: number;
  /** Width of the side pane (findings and notes) in CSS pixels. */
  sideWidth: number;
  sideCollapsed: boolean;
}

const KEY = 'report-review.layout.v1';
export const DEFAULT_SIZES: PaneSizes = { sourceShare: 0.5, sideWidth: 300, sideCollapsed: false };
export const MIN_SOURCE = 240;
export const MIN_TABLES = 260;
export const MIN_SIDE = 220;
export const MAX_SIDE = 560;

/** Clamps sizes read from storage or a drag into the ranges the layout holds at. */
export function clampSizes(s: Partial<PaneSizes>): PaneSizes {
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  return {
    sourceShare: Math.min(0.8, Math.max(0.2, num(s.sourceShare, DEFAULT_SIZES.sourceShare))),
    sideWidth: Math.min(MAX_SIDE, Math.max(MIN_SIDE, num(s.sideWidth, DEFAULT_SIZES.sideWidth))),
    sideCollapsed: s.sideCollapsed === true,
  };
}

/** The sizes remembered from the last session (localStorage), or the defaults. */
export function loadSizes(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): PaneSizes {
  try {
    const raw = storage?.getItem(KEY);
    return raw ? clampSizes(JSON.parse(raw) as Partial<PaneSizes>) : DEFAULT_SIZES;
  } catch {
    return DEFAULT_SIZES;
  }
}

/** Remembers the sizes for the next session; a full or missing storage only loses the memory. */
export function saveSizes(sizes: PaneSizes, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(sizes));
  } catch {
    /* not remembered: the layout still works */
  }
}
