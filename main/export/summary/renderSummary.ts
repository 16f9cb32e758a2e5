import { adjustmentsOf, rerunChecks, type AdjustedReview } from '../../../shared/checks';
import { FINDING_STATUS_LABELS, REVIEW_VERDICT_LABELS } from '../../../shared/model';
import { renderBatchCover, type BatchInfo } from './batchCover';
import { renderCorrections } from './corrections';
import type { FindingStatus } from '../../../shared/model';
import { escapeHtml } from './escape';
import { renderFindings, statusCounts } from './findings';
import { SEVERITY_LABELS, SEVERITY_ORDER, templateLabel } from './labels';
import { cellMarks, cellNotes, numberFindings } from './marks';
import { renderNotes } from './notes';
import { FONT_STACK, SUMMARY_CSS } from './styles';
import { renderTables } from './tables';
import type { SummaryFailure, SummaryReport } from './types';

/**
 * The review summary as one self-contained HTML page: the only template, printed by Electron in
 * the app and by a local Chromium on the command line. One section per report (cover, findings,
 * tables, notes), preceded by an overview when the batch holds more than one file. The page loads
 * nothing (CSP `default-src 'none'`), so printing it offline cannot fetch or run anything.
 */
export function renderSummaryHtml(reports: SummaryReport[], failures: SummaryFailure[] = [], batch?: Partial<BatchInfo>): string {
  const info: BatchInfo = { reviewDate: reports[0]?.reviewDate ?? '', ...batch };
  // The auditor's corrections and 空白按 0 计 rerun the checks, as in the app: the overview's counts
  // and each report's findings are those of the corrected data.
  const adjusted = reports.map((report) => {
    const result = rerunChecks(report.doc.data, report.doc.findings, adjustmentsOf(report.annotations));
    return { report: { ...report, doc: { ...report.doc, findings: result.findings } }, result };
  });
  const overview =
    reports.length + failures.length > 1 || failures.length > 0
      ? renderBatchCover(
          adjusted.map((a) => a.report),
          failures,
          info,
        )
      : '';
  const title = reports.length === 1 ? `审阅报告 ${reports[0].doc.data.organ ?? reports[0].doc.file}` : '年度报告审阅报告';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${SUMMARY_CSS}${runningHeaders(reports)}</style></head>
<body>${overview}${adjusted.map((a, i) => renderReport(a.report, a.result, i)).join('\n')}</body></html>`;
}

/** Text as a CSS string literal: anything that could end the string or the <style> is escaped. */
export function cssString(text: string): string {
  const escaped = [...text].map((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || '\\"\'<>&'.includes(c) ? `\\${code.toString(16)} ` : c;
  });
  return `"${escaped.join('')}"`;
}

/**
 * A running header on every page of a report's section: its organ and year, in the page's top
 * margin (a CSS page-margin box on a page named after the report, so that each report of a batch
 * carries its own). A browser too old for margin boxes prints the pages without it.
 */
function runningHeaders(reports: SummaryReport[]): string {
  return reports
    .map(({ doc }, i) => {
      const { organ, year } = doc.data;
      const text = [organ ?? doc.file, year === null ? '' : `${year}年度`, '年度报告审阅'].filter(Boolean).join('　');
      return `\n@page report-${i + 1} { @top-center { content: ${cssString(text)}; font-family: ${FONT_STACK}; font-size: 8pt; color: #555; } }\narticle.report-${i + 1} { page: report-${i + 1}; }`;
    })
    .join('');
}

/** One report's section; its findings are already those of the corrected data. */
function renderReport(report: SummaryReport, adjusted: AdjustedReview, index: number): string {
  const { annotations, doc } = report;
  const numbered = numberFindings(doc.findings);
  const marks = cellMarks(numbered, cellNotes(annotations));
  const template = doc.data.template;
  return `<article class="report report-${index + 1}">
${renderCover(report, numbered.length === 0 ? null : statusCounts(numbered, annotations))}
${renderFindings(numbered, annotations, doc.data)}
${renderCorrections(doc.data, annotations, adjusted)}
<section class="tables"><h2>提取的表格</h2>
<p class="legend">按官方模板版式列出报告所填数值。图例：<span class="key"><span class="sw" style="background:#fbd5d3"></span>错误</span><span class="key"><span class="sw" style="background:#fff0bf"></span>警告</span><span class="key"><span class="sw" style="background:#dcecff"></span>提示</span>；
标色单元格为问题所涉及的单元格，角标①②…为问题序号，「注」为单元格批注序号。</p>
${renderTables(doc.data, marks)}</section>
${renderNotes(annotations, numbered, template)}
</article>`;
}

function renderCover(report: SummaryReport, statuses: Record<FindingStatus, number> | null): string {
  const { doc } = report;
  const data = doc.data;
  const counts = SEVERITY_ORDER.map((s) => `<span>${SEVERITY_LABELS[s]} <b>${doc.findings.filter((f) => f.severity === s).length}</b> 项</span>`).join('');
  const statusLine = statuses
    ? `<p>${(Object.keys(FINDING_STATUS_LABELS) as FindingStatus[]).map((s) => `<span>${FINDING_STATUS_LABELS[s]} <b>${statuses[s]}</b> 项</span>`).join('')}</p>`
    : '';
  const rows: Array<[string, string]> = [
    ['报告机关', escapeHtml(data.organ ?? '未能识别')],
    ['报告年度', data.year === null ? '未能识别' : `${data.year}年度`],
    ['模板版本', escapeHtml(templateLabel(data.template, data.tableVersions.t3Other))],
    ['成文日期', escapeHtml(data.signed?.date ?? '未找到')],
    ['文件名', escapeHtml(doc.file)],
    ['SHA-256', `<span class="mono">${escapeHtml(doc.sha256)}</span>`],
  ];
  // What reading the file came across (pages read by OCR, turned upright, parts skipped).
  const notes = doc.parsed?.layout.warnings ?? [];
  if (notes.length > 0) rows.push(['读取说明', notes.map(escapeHtml).join('<br>')]);
  rows.push(['审阅人', escapeHtml(report.reviewer || '（未填写）')], ['审阅日期', escapeHtml(report.reviewDate)]);
  const conclusion = report.annotations?.conclusion;
  if (conclusion?.verdict || conclusion?.opinion) {
    rows.push(['审阅结论', conclusion.verdict ? `<b>${REVIEW_VERDICT_LABELS[conclusion.verdict]}</b>` : '（未下结论）']);
    if (conclusion.opinion) rows.push(['审阅意见', escapeHtml(conclusion.opinion)]);
  }
  return `<section class="cover">
<h1>政府信息公开工作年度报告<br>审阅报告</h1>
<p class="subtitle">${escapeHtml(data.organ ?? doc.file)}${data.year === null ? '' : `　${data.year}年度`}</p>
<table class="meta">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>
<div class="counts"><p>${counts}</p>${statusLine}</div>
</section>`;
}
