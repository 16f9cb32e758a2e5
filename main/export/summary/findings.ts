import type { FindingStatus, ReportData, ReviewAnnotations } from '../../../shared/model';
import { FINDING_STATUS_LABELS } from '../../../shared/model';
import { escapeHtml, escapeMultiline } from './escape';
import { SEVERITY_LABELS, SEVERITY_ORDER, cellsLabel, ruleLabel } from './labels';
import type { NumberedFinding } from './marks';
import { findingTag } from './tables';
import { findingLocation } from './location';

/** The status the auditor set on a finding, 待核实 when none. */
export function statusOf(key: string, annotations: ReviewAnnotations | undefined): FindingStatus {
  return annotations?.decisions.find((d) => d.findingKey === key)?.status ?? 'pending';
}

/**
 * The findings grouped by severity, each with its number (the tag on the flagged cells), the
 * check's Chinese name, the message, the cells in words, where in the source it is (page or
 * section), the review status and every note.
 */
export function renderFindings(numbered: NumberedFinding[], annotations: ReviewAnnotations | undefined, data: ReportData): string {
  if (numbered.length === 0) return '<section class="findings"><h2>审阅发现的问题</h2><p class="empty">未发现问题。</p></section>';
  const groups = SEVERITY_ORDER.map((severity) => {
    const items = numbered.filter((n) => n.finding.severity === severity);
    if (items.length === 0) return '';
    return `<h3 class="sev-${severity}">${SEVERITY_LABELS[severity]}（${items.length}项）</h3>${items.map((n) => renderFinding(n, annotations, data)).join('')}`;
  }).join('');
  return `<section class="findings"><h2>审阅发现的问题</h2>${groups}</section>`;
}

function renderFinding({ number, key, finding }: NumberedFinding, annotations: ReviewAnnotations | undefined, data: ReportData): string {
  const status = statusOf(key, annotations);
  const decision = annotations?.decisions.find((d) => d.findingKey === key);
  const notes = (annotations?.notes ?? []).filter((n) => n.target.kind === 'finding' && n.target.findingKey === key);
  // Where to look in the source shares the cells' line, so that a finding takes no more room.
  const where = findingLocation(finding, data);
  const location = where ? `<span class="loc">${escapeHtml(where)}</span>` : '';
  const cells =
    finding.cells.length > 0
      ? `<p class="cells">涉及单元格：${escapeHtml(cellsLabel(finding.cells, data.template))}${where ? `<span class="loc">（${escapeHtml(where)}）</span>` : ''}</p>`
      : location
        ? `<p class="cells">${location}</p>`
        : '';
  const opinion = decision?.note?.trim() ? `<p class="opinion"><span class="k">审阅意见：</span>${escapeMultiline(decision.note)}</p>` : '';
  const noteList = notes
    .map((n) => `<p class="note"><span class="k">${n.author ? `批注（${escapeHtml(n.author)}）` : '批注'}：</span>${escapeMultiline(n.text)}</p>`)
    .join('');
  return `<div class="finding sev-${finding.severity}">
<div class="finding-head"><span class="num">${findingTag(number)}</span><span class="sev">${SEVERITY_LABELS[finding.severity]}</span><span class="rule">${escapeHtml(ruleLabel(finding.rule))}</span><span class="status status-${status}">审阅状态：${FINDING_STATUS_LABELS[status]}</span></div>
<p class="message">${escapeHtml(finding.message)}</p>${cells}${opinion}${noteList}</div>`;
}

/** Counts of findings by review status, for the cover. */
export function statusCounts(numbered: NumberedFinding[], annotations: ReviewAnnotations | undefined): Record<FindingStatus, number> {
  const counts: Record<FindingStatus, number> = { pending: 0, confirmed: 0, false_positive: 0, fixed: 0 };
  for (const n of numbered) counts[statusOf(n.key, annotations)] += 1;
  return counts;
}
