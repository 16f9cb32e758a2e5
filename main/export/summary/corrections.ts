import type { AdjustedReview } from '../../../shared/checks';
import { parseCellRef, type ReportData, type ReviewAnnotations } from '../../../shared/model';
import { escapeHtml } from './escape';
import { cellLabel, ruleLabel } from './labels';

/**
 * The auditor's corrections (更正识别值) and the 空白按 0 计 decision, as such: each corrected cell
 * with the value read from the file and the corrected one, the reason and who made it; then the
 * findings that the decisions made go away. The findings above are those of the corrected data.
 */
export function renderCorrections(data: ReportData, annotations: ReviewAnnotations | undefined, adjusted: AdjustedReview): string {
  const corrections = annotations?.corrections ?? [];
  if (corrections.length === 0 && !annotations?.blankAsZero) return '';
  const rows = corrections
    .map((c) => {
      const ref = parseCellRef(c.cell);
      const cell = ref ? data.tables[ref.table][ref.row]?.[ref.col] : undefined;
      const read = cell ? (cell.value ?? (cell.raw || '（空）')) : '（未找到）';
      return `<tr><td>${escapeHtml(cellLabel(c.cell, data.template))}</td><td class="num"><s>${escapeHtml(String(read))}</s></td><td class="num"><b>${escapeHtml(String(c.value))}</b></td><td>${escapeHtml(c.reason)}</td><td>${escapeHtml(c.author)}</td></tr>`;
    })
    .join('');
  const table = rows
    ? `<table class="corrections"><thead><tr><th>单元格</th><th>识别值</th><th>更正值</th><th>理由</th><th>更正人</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  const blank = annotations?.blankAsZero ? '<p>审阅人决定：本报告的空白单元格在勾稽校验中按 0 计（空白按 0 计）。</p>' : '';
  const vanished = adjusted.vanished.length
    ? `<p>因更正或空白按 0 计而不再检出的问题：</p><ul>${adjusted.vanished.map((f) => `<li>${escapeHtml(ruleLabel(f.rule))}：${escapeHtml(f.message)}</li>`).join('')}</ul>`
    : '';
  return `<section class="corrections"><h2>更正识别值</h2><p class="legend">更正不改动从文件中识别的数据；上列问题按更正后的数值重新校验。</p>${blank}${table}${vanished}</section>`;
}
