import type { Finding, ReportData, TableValues } from '../../../../shared/model';
import { expectedOf } from '../../../helpers/fixtures';

/** ReportData carrying the true values of a shared sample (its .expected.json), as extraction gives them. */
export function sampleReport(base: string): ReportData {
  const truth = expectedOf(base);
  const table = (t: Record<string, Record<string, number | null>>): TableValues =>
    Object.fromEntries(
      Object.entries(t).map(([row, cols]) => [
        row,
        Object.fromEntries(Object.entries(cols).map(([col, v]) => [col, { raw: v === null ? '' : String(v), value: v }])),
      ]),
    );
  const hybrid = base.startsWith('002');
  return {
    format: 'docx',
    organ: truth.organ,
    organKind: 'department',
    year: truth.year,
    template: truth.template,
    tableVersions: { t2: truth.template, t3Other: hybrid || truth.template === '2019' ? 'single' : 'split' },
    tables: { t2: table(truth.tables.t2), t3: table(truth.tables.t3), t4: table(truth.tables.t4) },
    rowsFound: [],
    title: null,
    signed: null,
    sections: [],
    statements: [],
    yearMentions: [],
    feesStatement: null,
  };
}

/** The findings sample 002 must yield (its .expected.json), with the messages the checks write. */
export function sample002Findings(): Finding[] {
  return [
    { rule: 't3.outcome_sum', severity: 'error', message: '（七）总计（自然人）为1，但各办理结果之和为3', cells: ['t3.total.natural', 't3.unable.no_info.natural'], anchors: [] },
    { rule: 't3.outcome_sum', severity: 'error', message: '（七）总计（总计）为1，但各办理结果之和为3', cells: ['t3.total.total', 't3.unable.no_info.total'], anchors: [] },
    { rule: 'template.version', severity: 'warning', message: '表三（六）其他处理仍为2019年格式的单行', cells: ['t3.other.natural'], anchors: [] },
    { rule: 'fees.unreported', severity: 'info', message: '第六部分未说明是否收取信息处理费', cells: [], anchors: [] },
  ];
}
