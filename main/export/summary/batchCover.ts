import { REVIEW_VERDICT_LABELS, findingKey, type ReviewVerdict, type Severity } from '../../../shared/model';
import { escapeHtml } from './escape';
import { SEVERITY_LABELS, SEVERITY_ORDER } from './labels';
import type { SummaryFailure, SummaryReport } from './types';

/** Who handed the batch in, for the batch cover. */
export interface BatchInfo {
  /** 审阅单位; '' when not given. */
  unit?: string;
  /** 审阅人; defaults to the reviewers named in the reports' annotations. */
  reviewer?: string;
  /** The date the summary was produced (2024-03-05). */
  reviewDate: string;
}

const VERDICTS = Object.keys(REVIEW_VERDICT_LABELS) as ReviewVerdict[];

/** Findings of a report whose status is other than 待核实, and all its findings. */
export function decidedCount(report: SummaryReport): { decided: number; all: number } {
  const keys = new Set(report.doc.findings.map(findingKey));
  const decided = (report.annotations?.decisions ?? []).filter((d) => d.status !== 'pending' && keys.has(d.findingKey)).length;
  return { decided, all: keys.size };
}

function severityCount(report: SummaryReport, severity: Severity): number {
  return report.doc.findings.filter((f) => f.severity === severity).length;
}

/** The period the recorded work spans (earliest and latest note, status or conclusion), or null. */
function reviewPeriod(reports: SummaryReport[]): string | null {
  const stamps = reports
    .flatMap((r) => [
      ...(r.annotations?.notes ?? []).flatMap((n) => [n.createdAt, n.updatedAt]),
      ...(r.annotations?.decisions ?? []).map((d) => d.updatedAt),
      r.annotations?.conclusion?.updatedAt ?? '',
    ])
    .filter((s) => /^\d{4}-\d{2}-\d{2}/.test(s))
    .map((s) => s.slice(0, 10))
    .sort();
  if (stamps.length === 0) return null;
  return stamps[0] === stamps.at(-1) ? stamps[0] : `${stamps[0]} 至 ${stamps.at(-1)}`;
}

/**
 * The first pages of a batch's summary: a cover for the batch (审阅单位, 审阅人, dates, number of
 * reports, counts by conclusion and by severity) and an overview with one row per report (organ,
 * year, errors, warnings, notes, decided, conclusion), then the files that could not be read.
 */
export function renderBatchCover(reports: SummaryReport[], failures: SummaryFailure[], info: BatchInfo): string {
  const reviewers = [...new Set(reports.map((r) => r.reviewer).filter(Boolean))];
  const reviewer = info.reviewer || reviewers.join('、');
  const period = reviewPeriod(reports);
  const byVerdict = VERDICTS.map((v) => [REVIEW_VERDICT_LABELS[v], reports.filter((r) => r.annotations?.conclusion?.verdict === v).length] as const);
  const undecided = reports.filter((r) => !r.annotations?.conclusion?.verdict).length;
  const withErrors = reports.filter((r) => severityCount(r, 'error') > 0).length;
  const meta: Array<[string, string]> = [
    ['审阅单位', escapeHtml(info.unit || '（未填写）')],
    ['审阅人', escapeHtml(reviewer || '（未填写）')],
    ['审阅日期', escapeHtml(info.reviewDate)],
    ...(period ? ([['审阅期间', escapeHtml(period)]] as Array<[string, string]>) : []),
    ['报告数', `共 ${reports.length + failures.length} 份文件：已审阅 ${reports.length} 份${failures.length ? `，无法读取 ${failures.length} 份` : ''}`],
    ['审阅结论', [...byVerdict.map(([label, n]) => `${label} <b>${n}</b> 份`), `未下结论 <b>${undecided}</b> 份`].join('　')],
    [
      '发现问题',
      `${SEVERITY_ORDER.map((s) => `${SEVERITY_LABELS[s]} <b>${reports.reduce((n, r) => n + severityCount(r, s), 0)}</b> 项`).join('　')}；有错误的报告 <b>${withErrors}</b> 份`,
    ],
  ];
  const rows = reports
    .map((r, i) => {
      const { decided, all } = decidedCount(r);
      const verdict = r.annotations?.conclusion?.verdict;
      return `<tr><td>${i + 1}</td><td class="organ">${escapeHtml(r.doc.data.organ ?? r.doc.file)}</td><td>${r.doc.data.year ?? '—'}</td><td>${severityCount(r, 'error')}</td><td>${severityCount(r, 'warning')}</td><td>${severityCount(r, 'info')}</td><td>${decided}/${all}</td><td>${verdict ? REVIEW_VERDICT_LABELS[verdict] : '未下结论'}</td></tr>`;
    })
    .join('');
  const failed = failures.map((f) => `<tr><td class="organ">${escapeHtml(f.file)}</td><td>${escapeHtml(f.message)}</td></tr>`).join('');
  return `<section class="cover batch-cover">
<h1>政府信息公开工作年度报告<br>审阅汇总报告</h1>
<p class="subtitle">共 ${reports.length + failures.length} 份报告</p>
<table class="meta">${meta.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>
</section>
<section class="overview"><h1>审阅总览</h1>
<table><colgroup><col style="width:7%"><col style="width:37%"><col style="width:9%"><col style="width:8%"><col style="width:8%"><col style="width:8%"><col style="width:10%"><col style="width:13%"></colgroup>
<thead><tr><th>序号</th><th>报告机关</th><th>年度</th><th>错误</th><th>警告</th><th>提示</th><th>已核查</th><th>审阅结论</th></tr></thead><tbody>${rows}</tbody></table>
${failed ? `<h2>无法审阅的文件（${failures.length} 份）</h2><table class="failures"><colgroup><col style="width:35%"><col style="width:65%"></colgroup><tbody>${failed}</tbody></table>` : ''}</section>`;
}
