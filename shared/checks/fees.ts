import type { Finding, ReportData } from '../model';

/**
 * fees.unreported: the 2021 format asks section 六 to say whether 信息处理费 was charged
 * (《政府信息公开信息处理费管理办法》); info when no sentence speaks of it.
 */
export function checkFees(data: ReportData): Finding[] {
  if (data.template !== '2021' || data.feesStatement !== null) return [];
  return [
    {
      rule: 'fees.unreported',
      severity: 'info',
      message: '报告未说明本年度是否收取政府信息公开信息处理费',
      cells: [],
      anchors: [],
    },
  ];
}
