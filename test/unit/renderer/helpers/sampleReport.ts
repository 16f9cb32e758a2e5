import type { Finding, ReportData } from '../../../../shared/model';
import { sampleData } from '../../../helpers/reportData';

/** ReportData carrying the true values of a shared sample (its .expected.json), as extraction gives them. */
export function sampleReport(base: string): ReportData {
  return sampleData(base);
}

/** The findings sample 002 must yield (its .expected.json), with the messages the checks write. */
export function sample002Findings(): Finding[] {
  return [
    {
      rule: 't3.outcome_sum',
      severity: 'error',
      message: '（七）总计（自然人）为1，但各办理结果之和为3',
      cells: ['t3.total.natural', 't3.unable.no_info.natural'],
      anchors: [],
    },
    {
      rule: 't3.outcome_sum',
      severity: 'error',
      message: '（七）总计（总计）为1，但各办理结果之和为3',
      cells: ['t3.total.total', 't3.unable.no_info.total'],
      anchors: [],
    },
    { rule: 'template.version', severity: 'warning', message: '表三（六）其他处理仍为2019年格式的单行', cells: ['t3.other.natural'], anchors: [] },
    { rule: 'fees.unreported', severity: 'info', message: '第六部分未说明是否收取信息处理费', cells: [], anchors: [] },
  ];
}
