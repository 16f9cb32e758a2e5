import { escapeHtml } from './escape';

/**
 * The words of the tables' column headers. A narrow column may wrap its header, but only between
 * words (商业/企业, never 商业企/业): the header is cut into these words, joined by <wbr>, and
 * printed with `word-break: keep-all`. A character no word covers stands alone, so it may still
 * break anywhere rather than overflow its column.
 */
const WORDS = [
  '自然人',
  '申请人',
  '商业',
  '企业',
  '科研',
  '机构',
  '社会',
  '公益',
  '组织',
  '法律',
  '服务',
  '其他',
  '总计',
  '法人',
  '情况',
  '结果',
  '维持',
  '纠正',
  '尚未',
  '审结',
  '行政',
  '复议',
  '诉讼',
  '未经',
  '直接',
  '起诉',
  '复议后',
  '本年',
  '新制作',
  '新公开',
  '制发',
  '废止',
  '件数',
  '现行',
  '有效',
  '处理',
  '决定',
  '数量',
  '对外',
  '公开',
  '总数量',
  '上一年',
  '项目',
  '增/减',
  '采购',
  '总金额',
  '收费',
  '金额',
  '单位',
  '万元',
  '信息',
  '内容',
].sort((a, b) => b.length - a.length);

/** A header label cut into words: the longest known word at each place, else one character. */
export function headerWords(label: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < label.length) {
    const word = WORDS.find((w) => label.startsWith(w, i));
    const len = word ? word.length : 1;
    // Brackets and the colon stay with the word they belong to: （单位：万元）.
    const piece = label.slice(i, i + len);
    if (out.length > 0 && (/[（(]$/.test(out[out.length - 1]) || /^[）)、，：:]$/.test(piece))) out[out.length - 1] += piece;
    else out.push(piece);
    i += len;
  }
  return out;
}

/** A header cell's HTML: escaped, with a break opportunity between words only. */
export function headerHtml(label: string): string {
  return headerWords(label).map(escapeHtml).join('<wbr>');
}
