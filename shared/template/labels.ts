import type { RuleId, Severity, TemplateVersion } from '../model';
import { parseCellRef } from '../model/finding';
import { T2_2019, T2_2021, T2_MONEY_COLUMNS, t2BlocksFor } from './t2';
import { T3_COLUMNS, T3_ROWS } from './t3';
import { T4_COLUMNS, T4_GROUPS } from './t4';

/*
 * The one place where the app, the summary PDF, the data exports and the CLI get the Chinese
 * names of rules, severities and cells, so that a finding reads the same everywhere.
 */

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
  't3.balance': '表三勾稽关系（一＋二＝三总计＋四）',
  't3.outcome_sum': '表三办理结果合计',
  't3.row_sum': '表三申请人合计',
  't4.sum': '表四复议诉讼合计',
  'value.kind': '数值缺失或无法识别',
  'structure.missing': '缺少模板行或单元格',
  'template.version': '模板版本',
  'narrative.mismatch': '正文与表格数字不一致',
  'sections.missing': '缺少章节',
  'meta.timeliness': '发布时限',
  'meta.stale_year': '年份疑似沿用旧报告',
  'fees.unreported': '未说明信息处理费收取情况',
  't2.plausibility': '表二数据合理性',
  'cross_year.carry_over': '跨年度结转数不一致',
  'extract.uncertain': '数字连写，拆分不唯一',
  'ocr.low_confidence': '扫描件识别把握不足（需核对）',
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
  const col = block?.columns.find((c) => c.key === cell.col)?.label ?? cell.col;
  const unit = cellUnit(ref);
  return `表二 ${row?.label ?? cell.row} · ${unit && !col.includes(unit) ? `${col}（${unit}）` : col}`;
}

/**
 * Several cells in words, those of one row together: 「表三 （六）其他处理 · 自然人、商业企业、…」
 * instead of repeating the row for each of its seven columns; past `maxRows` rows, the count.
 */
export function cellsLabel(refs: string[], template: TemplateVersion | null, maxRows = Infinity): string {
  const rows = new Map<string, string[]>();
  for (const ref of refs) {
    const label = cellLabel(ref, template);
    const split = label.lastIndexOf(' · ');
    const row = split < 0 ? label : label.slice(0, split);
    const col = split < 0 ? '' : label.slice(split + 3);
    rows.set(row, [...(rows.get(row) ?? []), col].filter(Boolean));
  }
  const named = [...rows].map(([row, cols]) => (cols.length > 0 ? `${row} · ${cols.join('、')}` : row));
  // A long list (every blank cell of a table) names its first rows and counts the rest.
  return named.length > maxRows ? `${named.slice(0, maxRows).join('；')}；等共 ${refs.length} 个单元格` : named.join('；');
}

/** The group of a table 3 sub-row, shortened to its number: （三）不予公开 → （三）. */
function groupPrefix(group: string | undefined): string {
  if (!group) return '';
  const match = /^（[一二三四五六七]）/.exec(group);
  return match ? match[0] : group;
}

/** The unit of a cell's value, where the template gives one: money in table 2 is in 万元. */
export function cellUnit(ref: string): string | null {
  const cell = parseCellRef(ref);
  return cell?.table === 't2' && T2_MONEY_COLUMNS.has(cell.col) ? '万元' : null;
}
