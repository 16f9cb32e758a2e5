import type { RuleId, Severity, TemplateVersion } from '../../../shared/model';
import { parseCellRef } from '../../../shared/model';
import { T2_2019, T2_2021, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t2BlocksFor } from '../../../shared/template';

/** Chinese names of the severities, as the summary and the findings sheet print them. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** The order in which the summary lists severities: what contradicts itself first. */
export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** Chinese names of the checks, so that a reader up the chain need not know the rule ids. */
export const RULE_LABELS: Record<RuleId, string> = {
  't3.balance': '表三 勾稽关系',
  't3.outcome_sum': '表三 办理结果合计',
  't3.row_sum': '表三 行合计',
  't4.sum': '表四 合计',
  'value.kind': '数值格式',
  'structure.missing': '缺少行或单元格',
  'template.version': '模板版本',
  'narrative.mismatch': '正文与表格不一致',
  'sections.missing': '缺少章节',
  'meta.timeliness': '发布时限',
  'meta.stale_year': '年份疑似沿用旧报告',
  'fees.unreported': '未说明信息处理费',
  't2.plausibility': '表二 数值合理性',
  'cross_year.carry_over': '跨年度结转',
  'extract.uncertain': '识别不确定',
  'ocr.low_confidence': '识别把握不足（需核对）',
};

/** Chinese name of a rule, falling back to the id for a rule added later. */
export function ruleLabel(rule: string): string {
  return (RULE_LABELS as Record<string, string>)[rule] ?? rule;
}

/** 表二 / 表三 / 表四. */
export const TABLE_LABELS = { t2: '表二', t3: '表三', t4: '表四' } as const;

/**
 * A reader's name for a cell reference: `表三 （四）1.本机关不掌握相关政府信息 · 自然人`. Table 2
 * column names differ between versions, so the report's own version is looked up first.
 */
export function cellLabel(ref: string, template: TemplateVersion | null): string {
  const cell = parseCellRef(ref);
  if (!cell) return ref;
  if (cell.table === 't3') {
    const row = T3_ROWS.find((r) => r.key === cell.row);
    const col = T3_COLUMNS.find((c) => c.key === cell.col);
    const rowText = row ? `${groupPrefix(row.group)}${row.label}` : cell.row;
    return `表三 ${rowText} · ${col?.label ?? cell.col}`;
  }
  if (cell.table === 't4') {
    const group = T4_GROUPS.find((g) => g.key === cell.row);
    const col = T4_COLUMNS.find((c) => c.key === cell.col);
    return `表四 ${group?.label ?? cell.row} · ${col?.label ?? cell.col}`;
  }
  const blocks = [...t2BlocksFor(template ?? '2021'), ...(template === '2019' ? T2_2021 : T2_2019)];
  const block = blocks.find((b) => b.rows.some((r) => r.key === cell.row) && b.columns.some((c) => c.key === cell.col));
  const row = block?.rows.find((r) => r.key === cell.row);
  const col = block?.columns.find((c) => c.key === cell.col);
  return `表二 ${row?.label ?? cell.row} · ${col?.label ?? cell.col}`;
}

/**
 * Several cells in words, those of one row together: 「表三 （六）其他处理 · 自然人、商业企业、…」
 * instead of repeating the row for each of its seven columns.
 */
export function cellsLabel(refs: string[], template: TemplateVersion | null): string {
  const rows = new Map<string, string[]>();
  for (const ref of refs) {
    const label = cellLabel(ref, template);
    const split = label.lastIndexOf(' · ');
    const row = split < 0 ? label : label.slice(0, split);
    const col = split < 0 ? '' : label.slice(split + 3);
    rows.set(row, [...(rows.get(row) ?? []), col].filter(Boolean));
  }
  return [...rows].map(([row, cols]) => (cols.length > 0 ? `${row} · ${cols.join('、')}` : row)).join('；');
}

/** The group of a table 3 sub-row, shortened to its number: （三）不予公开 → （三）. */
function groupPrefix(group: string | undefined): string {
  if (!group) return '';
  const match = /^（[一二三四五六七]）/.exec(group);
  return match ? match[0] : group;
}

/** How the summary names the template version, including the hybrid the checks warn about. */
export function templateLabel(template: TemplateVersion | null, t3Other: 'single' | 'split' | null): string {
  if (template === null) return '未能判断';
  const base = template === '2019' ? '2019年版（国办公开办函〔2019〕60号）' : '2021年版（国办公开办函〔2021〕30号）';
  if (template === '2021' && t3Other === 'single') return `${base}，但表三（六）其他处理仍为2019年版单行`;
  if (template === '2019' && t3Other === 'split') return `${base}，但表三（六）其他处理已按2021年版分三项`;
  return base;
}
