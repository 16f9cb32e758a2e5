import type { Finding, ReportData } from '../model';

/** `35、0、0、1、0、2、38` — one candidate reading of a row, blanks as 空. */
function listed(values: Array<number | null>): string {
  return values.map((v) => (v === null ? '空' : String(v))).join('、');
}

/**
 * extract.uncertain: a run of digits (cells written together, `350010238`) that more than one
 * split reads consistently with every relation of its table. Its cells are null, never a guess;
 * the finding lists the candidate readings for the auditor to check against the page.
 */
export function checkUncertain(data: ReportData): Finding[] {
  return (data.uncertain ?? []).map((u) => ({
    rule: 'extract.uncertain' as const,
    severity: 'info' as const,
    message:
      `数字连写「${u.raw}」有多种拆分，无法唯一确定，未予采用：` + u.candidates.map((c) => `（${listed(c)}）`).join(' 或 ') + (u.more ? ' 等' : '') + '；请对照原文核实',
    cells: u.cells,
    anchors: u.anchor ? [u.anchor] : [],
  }));
}
