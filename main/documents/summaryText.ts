import type { Finding, Severity } from '../../shared/model';
import { SEVERITY_LABELS, SEVERITY_ORDER, cellLabel } from '../../shared/template';
import { parseCellRefValue } from './cellText';
import type { ReviewOutcome } from './reviewFile';

const SEVERITY_MARKS: Record<Severity, string> = { error: '✖', warning: '▲', info: '·' };

function findingLines(finding: Finding, outcome: Extract<ReviewOutcome, { ok: true }>): string[] {
  const lines = [`  ${SEVERITY_MARKS[finding.severity]} ${SEVERITY_LABELS[finding.severity]}［${finding.rule}］${finding.message}`];
  if (finding.cells.length > 0) {
    const cells = finding.cells.map((ref) => `${cellLabel(ref, outcome.doc.data.template)}＝${parseCellRefValue(outcome.doc.data, ref)}`);
    lines.push(`      涉及单元格：${cells.join('；')}`);
  }
  return lines;
}

/** The readable Chinese summary of one file that `npm run review` prints. */
export function summaryText(outcome: ReviewOutcome, index: number, total: number): string {
  if (!outcome.ok) {
    const { failed } = outcome;
    return [`【${index}/${total}】${failed.file}`, `  ✖ 无法读取：${failed.error.message}`].join('\n');
  }
  const { doc } = outcome;
  const { data } = doc;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of doc.findings) counts[f.severity]++;
  const findings = [...doc.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return [
    `【${index}/${total}】${doc.file}`,
    `  机关：${data.organ ?? '（未识别）'}　年度：${data.year ?? '（未识别）'}　模板：${data.template ? `${data.template} 版` : '（未识别）'}　落款日期：${data.signed?.date ?? '无'}`,
    ...doc.parsed.layout.warnings.map((w) => `  注意：${w}`),
    doc.findings.length === 0 ? '  未发现问题。' : `  发现问题：错误 ${counts.error}　警告 ${counts.warning}　提示 ${counts.info}`,
    ...findings.flatMap((f) => findingLines(f, outcome)),
  ].join('\n');
}
