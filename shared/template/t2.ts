import type { TemplateColumn, TemplateRow } from './t3';

/** A block of table 2 (an item of 条例 第二十条) with its rows and columns. */
export interface T2Block {
  /** The block heading, e.g. 第二十条第（一）项. */
  label: string;
  rows: TemplateRow[];
  columns: TemplateColumn[];
}

const regulations: TemplateRow = { key: 'regulations', label: '规章', keywords: ['规章'] };
const licensing: TemplateRow = { key: 'licensing', label: '行政许可', keywords: ['行政许可'] };
const penalty: TemplateRow = { key: 'penalty', label: '行政处罚', keywords: ['行政处罚'] };
const coercion: TemplateRow = { key: 'coercion', label: '行政强制', keywords: ['行政强制'] };
const fees: TemplateRow = { key: 'fees', label: '行政事业性收费', keywords: ['事业性收费', '行政事业性'] };

/** Table 2 in the 2019 format (国办公开办函〔2019〕60号). */
export const T2_2019: T2Block[] = [
  {
    label: '第二十条第（一）项',
    rows: [regulations, { key: 'normative', label: '规范性文件', keywords: ['规范性文件'] }],
    columns: [
      { key: 'made', label: '本年新制作数量' },
      { key: 'published', label: '本年新公开数量' },
      { key: 'in_force', label: '对外公开总数量' },
    ],
  },
  {
    label: '第二十条第（五）项',
    rows: [licensing, { key: 'other_services', label: '其他对外管理服务事项', keywords: ['对外管理服务', '其他对外'] }],
    columns: [
      { key: 'previous', label: '上一年项目数量' },
      { key: 'change', label: '本年增/减' },
      { key: 'decisions', label: '处理决定数量' },
    ],
  },
  {
    label: '第二十条第（六）项',
    rows: [penalty, coercion],
    columns: [
      { key: 'previous', label: '上一年项目数量' },
      { key: 'change', label: '本年增/减' },
      { key: 'decisions', label: '处理决定数量' },
    ],
  },
  {
    label: '第二十条第（八）项',
    rows: [fees],
    columns: [
      { key: 'previous', label: '上一年项目数量' },
      { key: 'change', label: '本年增/减' },
    ],
  },
  {
    label: '第二十条第（九）项',
    rows: [{ key: 'procurement', label: '政府集中采购', keywords: ['集中采购'] }],
    columns: [
      { key: 'count', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额' },
    ],
  },
];

/** Table 2 in the 2021 format (国办公开办函〔2021〕30号). */
export const T2_2021: T2Block[] = [
  {
    label: '第二十条第（一）项',
    rows: [regulations, { key: 'normative', label: '行政规范性文件', keywords: ['规范性文件'] }],
    columns: [
      { key: 'made', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'in_force', label: '现行有效件数' },
    ],
  },
  { label: '第二十条第（五）项', rows: [licensing], columns: [{ key: 'decisions', label: '本年处理决定数量' }] },
  { label: '第二十条第（六）项', rows: [penalty, coercion], columns: [{ key: 'decisions', label: '本年处理决定数量' }] },
  { label: '第二十条第（八）项', rows: [fees], columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }] },
];

/** The table 2 blocks of a version. */
export function t2BlocksFor(version: '2019' | '2021'): T2Block[] {
  return version === '2019' ? T2_2019 : T2_2021;
}

/** Columns of table 2 that hold money in 万元. */
export const T2_MONEY_COLUMNS = new Set(['amount']);

/** Wording found only in the 2019 table 2, or only in the 2021 one (normalized). */
export const T2_VERSION_MARKERS = {
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '第（九）项', '采购总金额', '上一年项目数量'],
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '本年处理决定数量'],
} as const;
