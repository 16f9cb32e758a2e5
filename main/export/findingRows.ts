import { adjustmentsOf, rerunChecks } from '../../shared/checks';
import type { ReviewAnnotations } from '../../shared/model';
import { FINDING_STATUS_LABELS, findingKey, parseCellRef } from '../../shared/model';
import { SEVERITY_LABELS, cellsLabel, ruleLabel } from './summary/labels';
import { numberFindings } from './summary/marks';
import type { SummaryDocument } from './summary/types';

/** Headers of the findings sheet (问题), one finding per row. */
export const FINDING_HEADERS = ['文件名', '报告机关', '报告年度', '序号', '严重程度', '规则', '检查项', '问题', '涉及单元格', '单元格键', '审阅状态', '审阅意见', '批注'];

/**
 * The findings of a batch, one per row, numbered as in the summary PDF, with the auditor's status,
 * opinion and notes when the annotations of that file (matched by SHA-256) are given. The
 * auditor's corrections rerun the checks (as in the app and the PDF) and follow as rows of their
 * own (严重程度 更正), naming the value read and the value corrected.
 */
export function findingRows(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): string[][] {
  return docs.flatMap((doc) => {
    const review = annotations.find((a) => a.sha256 === doc.sha256);
    const findings = rerunChecks(doc.data, doc.findings, adjustmentsOf(review)).findings;
    const corrections = (review?.corrections ?? []).map((c) => {
      const ref = parseCellRef(c.cell);
      const cell = ref ? doc.data.tables[ref.table][ref.row]?.[ref.col] : undefined;
      return [
        doc.file,
        doc.data.organ ?? '',
        doc.data.year === null ? '' : String(doc.data.year),
        '',
        '更正',
        'correction',
        '更正识别值',
        `识别值 ${cell?.value ?? (cell?.raw || '空')} 更正为 ${c.value}：${c.reason}`,
        cellsLabel([c.cell], doc.data.template),
        c.cell,
        '',
        '',
        c.author,
      ];
    });
    const rows = numberFindings(findings).map(({ number, finding }) => {
      const key = findingKey(finding);
      const decision = review?.decisions.find((d) => d.findingKey === key);
      const notes = (review?.notes ?? [])
        .filter((n) => n.target.kind === 'finding' && n.target.findingKey === key)
        .map((n) => (n.author ? `${n.author}：${n.text}` : n.text));
      return [
        doc.file,
        doc.data.organ ?? '',
        doc.data.year === null ? '' : String(doc.data.year),
        String(number),
        SEVERITY_LABELS[finding.severity],
        finding.rule,
        ruleLabel(finding.rule),
        finding.message,
        cellsLabel(finding.cells, doc.data.template),
        finding.cells.join(' '),
        FINDING_STATUS_LABELS[decision?.status ?? 'pending'],
        decision?.note ?? '',
        notes.join('\n'),
      ];
    });
    return [...rows, ...corrections];
  });
}
