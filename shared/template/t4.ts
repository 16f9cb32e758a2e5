import type { TemplateColumn } from './t3';

/** Table 4 groups, in template order. */
export const T4_GROUPS: TemplateColumn[] = [
  { key: 'review', label: '行政复议' },
  { key: 'litigation_direct', label: '未经复议直接起诉' },
  { key: 'litigation_after_review', label: '复议后起诉' },
];

/** Table 4 columns of each group, in template order. */
export const T4_COLUMNS: TemplateColumn[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];
