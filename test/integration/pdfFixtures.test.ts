import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReportJson } from '../../shared/model';
import { cellDifferences, missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { expectedOf, sampleNames, samplePath } from '../helpers/fixtures';

// Every sample PDF read end to end (pdf.js → tables rebuilt from rulings → extract → check) and
// compared with its truth, and with the .docx rendering of the same report where there is one.
const bases = sampleNames().filter((base) => existsSync(samplePath(base, 'pdf')));

const reviews = new Map<string, Promise<ReportJson>>();
function review(path: string): Promise<ReportJson> {
  let pending = reviews.get(path);
  if (!pending) {
    pending = reviewPath(path).then((outcome) => {
      if (!outcome.ok) throw new Error(outcome.failed.error.message);
      return toReportJson(outcome.doc);
    });
    reviews.set(path, pending);
  }
  return pending;
}

/** A finding as rule, severity and the cells it points at: what must agree between formats. */
function findingKeys(json: ReportJson): string[] {
  return json.findings.map((f) => `${f.rule} ${f.severity} ${[...f.cells].sort().join(',')}`).sort();
}

describe.each(bases)('%s.pdf', (base) => {
  const expected = expectedOf(base);
  const pdf = samplePath(base, 'pdf');

  it('reads organ, year and template version', async () => {
    const json = await review(pdf);
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
  });

  it('reads every cell of tables 2, 3 and 4 as the truth has it', async () => {
    expect(cellDifferences(await review(pdf), expected)).toEqual([]);
  });

  it('reports every finding the truth lists, and no false error', async () => {
    const json = await review(pdf);
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
  });

  it.runIf(existsSync(samplePath(base, 'docx')))('gives the same findings as the .docx of the same report', async () => {
    const [fromPdf, fromDocx] = await Promise.all([review(pdf), review(samplePath(base, 'docx'))]);
    expect(findingKeys(fromPdf)).toEqual(findingKeys(fromDocx));
  });
});
