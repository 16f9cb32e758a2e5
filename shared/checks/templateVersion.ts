import { cellRef } from '../model';
import type { Finding, ReportData } from '../model';
import { T3_COLUMNS, T3_OTHER_SPLIT } from '../template';

/** Every table 2 cell the extractor read, so that the warning points at the outdated table. */
function t2Cells(data: ReportData): string[] {
  return Object.entries(data.tables.t2).flatMap(([row, cols]) =>
    Object.entries(cols)
      .filter(([, c]) => c.anchor !== undefined)
      .map(([col]) => cellRef('t2', row, col)),
  );
}

/**
 * template.version: the 2021 format (国办公开办函〔2021〕30号) applies from the 2021 report on, the
 * 2019 format before. Flags 2019 tables in a later report (table 2 wording, or the single
 * （六）其他处理 row beside a 2021 table 2, as sample 002 has), and 2021 tables in an earlier one.
 */
export function checkTemplateVersion(data: ReportData): Finding[] {
  const { year } = data;
  if (year === null) return [];
  const { t2, t3Other } = data.tableVersions;
  const findings: Finding[] = [];
  if (year >= 2021) {
    if (t2 === '2019') {
      findings.push({
        rule: 'template.version',
        severity: 'warning',
        message: `${year}年度报告的表二仍为2019年格式（本年新制作数量、第二十条第（九）项等），应使用2021年格式`,
        cells: t2Cells(data),
        anchors: [],
      });
    }
    if (t3Other === 'single') {
      const t2Words = t2 === '2021' ? '表二为2021年格式，但' : '';
      findings.push({
        rule: 'template.version',
        severity: 'warning',
        message: `${year}年度报告的${t2Words}表三（六）其他处理仍为2019年格式的单行，未分1./2./3.三项`,
        cells: T3_COLUMNS.map((c) => cellRef('t3', 'other', c.key)),
        anchors: [],
      });
    }
  } else {
    if (t2 === '2021') {
      findings.push({
        rule: 'template.version',
        severity: 'warning',
        message: `${year}年度报告的表二使用了2021年格式（本年制发件数等），该年度应使用2019年格式`,
        cells: t2Cells(data),
        anchors: [],
      });
    }
    if (t3Other === 'split') {
      findings.push({
        rule: 'template.version',
        severity: 'warning',
        message: `${year}年度报告的表三（六）其他处理分为三项（2021年格式），该年度应使用2019年格式的单行`,
        cells: T3_OTHER_SPLIT.flatMap((row) => T3_COLUMNS.map((c) => cellRef('t3', row, c.key))),
        anchors: [],
      });
    }
  }
  return findings;
}
