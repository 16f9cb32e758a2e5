import type { CellValue, Finding, ReportData, SourceFormat, TableValues } from '../../../../shared/model';
import type { SummaryDocument } from '../../../../main/export/summary/types';
import { expectedOf } from '../../../helpers/fixtures';

/**
 * A reviewed document built from a sample's `.expected.json` truth, standing in for the pipeline
 * in tests of the exports alone: every cell as written (the number as text), the required findings.
 */
export function expectedDoc(base: string): SummaryDocument {
  const expected = expectedOf(base);
  const table = (t: 't2' | 't3' | 't4'): TableValues =>
    Object.fromEntries(
      Object.entries(expected.tables[t]).map(([row, cols]) => [
        row,
        Object.fromEntries(Object.entries(cols).map(([col, value]) => [col, cellOf(value)])),
      ]),
    );
  const otherRow = expected.tables.t3['other'];
  const single = otherRow !== undefined && Object.values(otherRow).some((v) => v !== null);
  const data: ReportData = {
    format: expected.format as SourceFormat,
    organ: expected.organ,
    organKind: 'department',
    year: expected.year,
    template: expected.template,
    tableVersions: { t2: expected.template, t3Other: single ? 'single' : 'split' },
    tables: { t2: table('t2'), t3: table('t3'), t4: table('t4') },
    rowsFound: [],
    title: null,
    signed: null,
    sections: [],
    statements: [],
    yearMentions: [],
    feesStatement: null,
  };
  const findings: Finding[] = expected.findings.map((f) => ({
    rule: f.rule as Finding['rule'],
    severity: f.severity as Finding['severity'],
    message: f.message,
    cells: f.cells,
    anchors: [],
  }));
  return { file: expected.file, format: data.format, sha256: 'ab'.repeat(32), data, findings };
}

function cellOf(value: number | null): CellValue {
  return value === null ? { raw: '', value: null } : { raw: String(value), value, anchor: { kind: 'text', start: 0, end: 0 } };
}
