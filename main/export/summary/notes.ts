import type { ReviewAnnotations, TemplateVersion } from '../../../shared/model';
import { escapeHtml, escapeMultiline } from './escape';
import { cellLabel } from './labels';
import type { NumberedFinding } from './marks';
import { cellNotes } from './marks';

/**
 * The notes that are not shown under a finding: notes on cells (numbered like their tags in the
 * tables), notes on passages with the quoted text, and notes on findings the checks no longer
 * report (kept, so that nothing the auditor wrote disappears from the record).
 */
export function renderNotes(annotations: ReviewAnnotations | undefined, numbered: NumberedFinding[], template: TemplateVersion | null): string {
  const notes = annotations?.notes ?? [];
  const onCells = cellNotes(annotations)
    .map(
      (n) =>
        `<div class="pnote"><p class="where">注${n.number}　${escapeHtml(cellLabel(n.cell, template))}</p><p>${escapeMultiline(n.text)}</p><p class="by">${escapeHtml(n.author)}</p></div>`,
    )
    .join('');
  const onPassages = notes
    .flatMap((n) => (n.target.kind === 'passage' ? [{ quote: n.target.quote, text: n.text, author: n.author }] : []))
    .map((n) => `<div class="pnote"><blockquote>${escapeMultiline(n.quote)}</blockquote><p>${escapeMultiline(n.text)}</p><p class="by">${escapeHtml(n.author)}</p></div>`)
    .join('');
  const known = new Set(numbered.map((n) => n.key));
  const orphans = notes
    .flatMap((n) => (n.target.kind === 'finding' && !known.has(n.target.findingKey) ? [{ key: n.target.findingKey, text: n.text, author: n.author }] : []))
    .map((n) => `<div class="pnote"><p class="where">${escapeHtml(n.key)}</p><p>${escapeMultiline(n.text)}</p><p class="by">${escapeHtml(n.author)}</p></div>`)
    .join('');
  const parts = [
    onPassages && `<h3>正文批注</h3>${onPassages}`,
    onCells && `<h3>单元格批注</h3>${onCells}`,
    orphans && `<h3>本次未再检出的问题上的批注</h3>${orphans}`,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return `<section class="notes"><h2>批注</h2>${parts.join('')}</section>`;
}
