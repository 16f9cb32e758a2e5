import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../shared/model';
import { readReport, checkBatch } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { cellDifferences } from '../helpers/compareExpected';
import { SHARED_FIXTURES, type ExpectedReport } from '../helpers/fixtures';

// The three scanned samples (image-only PDFs: skew, grain, JPEG, a seal) read end to end by OCR
// and held to their truth: every cell, and exactly the findings the truth lists. OCR takes
// seconds a page, so each file is reviewed once and the assertions share the result.
const SCANS = ['000-weihai-science-2020-scan', '002-huancui-science-2023-scan', '003-weihai-etdz-2020-scan'];
// Generous: a loaded machine reads the image pages slowly before OCR starts.
const LIMITS = { timeoutMs: 180_000, maxPages: 500, ocr: { maxPages: 60, timeoutMs: 900_000 } };

function findingKeys(findings: ReadonlyArray<{ rule: string; cells: string[] }>): string[] {
  return findings.map((f) => `${f.rule} ${[...f.cells].sort().join(',')}`).sort();
}

describe.each(SCANS)('%s', (base) => {
  const expected = JSON.parse(readFileSync(join(SHARED_FIXTURES, 'scans', `${base}.expected.json`), 'utf8')) as ExpectedReport;
  let json: ReportJson;
  beforeAll(async () => {
    const read = await readReport(join(SHARED_FIXTURES, 'scans', `${base}.pdf`), LIMITS);
    const [outcome] = checkBatch([read]);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    json = toReportJson(outcome.doc);
  }, 900_000);

  it('reads year, template version and organ exactly', () => {
    // The organ comes from the title in large bold type, which the Chinese model misreads (科学技术局
    // as 科学技木局); the body's own mention of the organ sets it right (ocr/largeType.ts).
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({ organ: expected.organ, year: expected.year, template: expected.template });
  });

  it('reads every cell of the three tables exactly', () => {
    expect(cellDifferences(json, expected)).toEqual([]);
  });

  it('gives exactly the findings of the truth, no more', () => {
    expect(findingKeys(json.findings)).toEqual(findingKeys(expected.findings));
  });
});
