import type { StreamRow } from './stream';

/** The rows of each table, cut from the document's row stream. */
export interface TableRegions {
  t2: StreamRow[];
  t3: StreamRow[];
  t4: StreamRow[];
}

const T2_START = ['第二十条第（一）项', '第二十条第（一', '第二十条'];
const T3_START = ['勾稽关系', '申请人情况', '本年新收政府信息公开申请', '本年新收'];
const T4_START = ['行政复议'];
const T4_END = ['存在的主要问题', '改进情况', '其他需要报告'];

function findFrom(rows: StreamRow[], from: number, markers: readonly string[]): number {
  for (const marker of markers) {
    for (let i = from; i < rows.length; i++) if (rows[i].text.includes(marker)) return i;
  }
  return -1;
}

/**
 * Finds the three tables by their wording, in document order: table 2 from 第二十条第（一）项,
 * table 3 from its 勾稽关系 header (or 本年新收), table 4 from 行政复议 after table 3, until
 * section 五. A table whose start is not found gets no rows.
 */
export function findRegions(rows: StreamRow[]): TableRegions {
  const t3Start = findFrom(rows, 0, T3_START);
  const t2Start = findFrom(rows.slice(0, t3Start < 0 ? rows.length : t3Start), 0, T2_START);
  const t4Start = findFrom(rows, t3Start < 0 ? Math.max(t2Start, 0) : t3Start, T4_START);
  let t4End = t4Start < 0 ? -1 : findFrom(rows, t4Start + 1, T4_END);
  if (t4End < 0) t4End = rows.length;
  const t2End = t3Start >= 0 ? t3Start : t4Start >= 0 ? t4Start : rows.length;
  const t3End = t4Start >= 0 ? t4Start : rows.length;
  return {
    t2: t2Start >= 0 ? rows.slice(t2Start, t2End) : [],
    t3: t3Start >= 0 ? rows.slice(t3Start, t3End) : [],
    t4: t4Start >= 0 ? rows.slice(t4Start, t4End) : [],
  };
}
