import type { TemplateVersion } from '../../../shared/model';

export { RULE_LABELS, SEVERITY_LABELS, SEVERITY_ORDER, TABLE_LABELS, cellLabel, cellsLabel, ruleLabel } from '../../../shared/template/labels';

/** How the summary names the template version, including the hybrid the checks warn about. */
export function templateLabel(template: TemplateVersion | null, t3Other: 'single' | 'split' | null): string {
  if (template === null) return '未能判断';
  const base = template === '2019' ? '2019年版（国办公开办函〔2019〕60号）' : '2021年版（国办公开办函〔2021〕30号）';
  if (template === '2021' && t3Other === 'single') return `${base}，但表三（六）其他处理仍为2019年版单行`;
  if (template === '2019' && t3Other === 'split') return `${base}，但表三（六）其他处理已按2021年版分三项`;
  return base;
}
