import type { Finding } from '../../../../shared/model';
import type { SummaryDocument } from '../../../../main/export/summary/types';
import { expectedOf } from '../../../helpers/fixtures';
import { sampleData } from '../../../helpers/reportData';

/**
 * A reviewed document built from a sample's `.expected.json` truth, standing in for the pipeline
 * in tests of the exports alone: every cell as written (the number as text), the required findings.
 */
export function expectedDoc(base: string): SummaryDocument {
  const expected = expectedOf(base);
  const data = sampleData(base);
  const findings: Finding[] = expected.findings.map((f) => ({
    rule: f.rule as Finding['rule'],
    severity: f.severity as Finding['severity'],
    message: f.message,
    cells: f.cells,
    anchors: [],
  }));
  return { file: expected.file, format: data.format, sha256: 'ab'.repeat(32), data, findings };
}
