/** A template row: canonical key, the label as the template prints it, and words that find it. */
export interface TemplateRow {
  key: string;
  label: string;
  /**
   * Normalized fragments that identify the row in real files (wrapped, spaced, renumbered).
   * Any one is enough; they are checked on text normalized by `normalizeLabel`.
   */
  keywords: string[];
  /** The group label printed in a merged cell to the left (（三）不予公开 …), if any. */
  group?: string;
}

/** A template column. */
export interface TemplateColumn {
  key: string;
  label: string;
}

/** Table 3 columns, in template order. */
export const T3_COLUMNS: TemplateColumn[] = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'social', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
];

const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
const OTHER = '（六）其他处理';

/** Table 3 rows of both versions, in template order (2019 has `other`, 2021 its three sub-rows). */
export const T3_ROWS: TemplateRow[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', keywords: ['本年新收', '新收政府信息'] },
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', keywords: ['上年结转'] },
  { key: 'granted', label: '（一）予以公开', keywords: ['予以公开'] },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', keywords: ['部分公开', '区分处理'] },
  { key: 'denied.state_secret', label: '1.属于国家秘密', keywords: ['国家秘密'], group: DENIED },
  { key: 'denied.law_forbidden', label: '2.其他法律行政法规禁止公开', keywords: ['禁止公开', '法律行政法规', '行政止公开'], group: DENIED },
  { key: 'denied.security', label: '3.危及“三安全一稳定”', keywords: ['三安全', '一稳定', '危及'], group: DENIED },
  { key: 'denied.third_party', label: '4.保护第三方合法权益', keywords: ['第三方'], group: DENIED },
  { key: 'denied.internal', label: '5.属于三类内部事务信息', keywords: ['内部事务'], group: DENIED },
  { key: 'denied.process', label: '6.属于四类过程性信息', keywords: ['过程性'], group: DENIED },
  { key: 'denied.enforcement_file', label: '7.属于行政执法案卷', keywords: ['执法案卷'], group: DENIED },
  { key: 'denied.inquiry', label: '8.属于行政查询事项', keywords: ['行政查询', '查询事项'], group: DENIED },
  { key: 'unable.no_info', label: '1.本机关不掌握相关政府信息', keywords: ['不掌握'], group: UNABLE },
  { key: 'unable.needs_creation', label: '2.没有现成信息需要另行制作', keywords: ['另行制作', '没有现成'], group: UNABLE },
  { key: 'unable.unclear', label: '3.补正后申请内容仍不明确', keywords: ['仍不明确', '补正后'], group: UNABLE },
  { key: 'rejected.petition', label: '1.信访举报投诉类申请', keywords: ['信访', '举报投诉'], group: REJECTED },
  { key: 'rejected.duplicate', label: '2.重复申请', keywords: ['重复申请'], group: REJECTED },
  { key: 'rejected.publication', label: '3.要求提供公开出版物', keywords: ['出版物'], group: REJECTED },
  { key: 'rejected.massive', label: '4.无正当理由大量反复申请', keywords: ['大量反复'], group: REJECTED },
  { key: 'rejected.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', keywords: ['重新出具', '确认或重新', '已获取信息'], group: REJECTED },
  { key: 'other', label: '（六）其他处理', keywords: ['其他处理'] },
  { key: 'other.overdue_correction', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', keywords: ['逾期不补正', '不补正'], group: OTHER },
  { key: 'other.overdue_fee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', keywords: ['缴纳费用', '收费通知'], group: OTHER },
  { key: 'other.other', label: '3.其他', keywords: ['3.其他'], group: OTHER },
  { key: 'total', label: '（七）总计', keywords: ['总计'] },
  { key: 'carried_forward', label: '四、结转下年度继续办理', keywords: ['结转下年', '继续办理'] },
];

/** The 2021 sub-rows that replace the single 2019 （六）其他处理 row. */
export const T3_OTHER_SPLIT = ['other.overdue_correction', 'other.overdue_fee', 'other.other'];

/** Table 3 rows that exist in a template version. */
export function t3RowsFor(version: '2019' | '2021' | 'hybrid'): TemplateRow[] {
  if (version === '2019' || version === 'hybrid') return T3_ROWS.filter((r) => !T3_OTHER_SPLIT.includes(r.key));
  return T3_ROWS.filter((r) => r.key !== 'other');
}

/** The rows of each outcome family （一）…（六）, summed into （七）总计. */
export const T3_OUTCOME_ROWS = T3_ROWS.filter((r) => r.key === 'granted' || r.key === 'partial' || /^(denied|unable|rejected|other)(\.|$)/.test(r.key)).map((r) => r.key);
