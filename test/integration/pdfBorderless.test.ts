import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReportData, ReportJson } from '../../shared/model';
import { missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf, samplePath } from '../helpers/fixtures';
import { tallyCells } from '../helpers/variants';

// Every sample re-laid as a PDF whose tables draw no ruling (test/fixtures/pdf/borderless, made
// by make.sh: the .docx with every border set to nil, rendered by LibreOffice). The tables are
// rebuilt from the positions of their text alone: wrapped labels, merged label columns, the
// 9-column table 3 over a page break, blank cells.
const dir = join(OWN_FIXTURES, 'pdf', 'borderless');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('-borderless.pdf'))
  .sort();

const reviews = new Map<string, Promise<{ json: ReportJson; data: ReportData }>>();
function review(path: string): Promise<{ json: ReportJson; data: ReportData }> {
  let pending = reviews.get(path);
  if (!pending) {
    pending = reviewPath(path).then((outcome) => {
      if (!outcome.ok) throw new Error(outcome.failed.error.message);
      return { json: toReportJson(outcome.doc), data: outcome.doc.data };
    });
    reviews.set(path, pending);
  }
  return pending;
}

/** A finding as rule, severity and the cells it points at: what must agree between formats. */
function findingKeys(json: ReportJson): string[] {
  return json.findings.map((f) => `${f.rule} ${f.severity} ${[...f.cells].sort().join(',')}`).sort();
}

describe.each(files)('%s', (file) => {
  const base = file.replace(/-borderless\.pdf$/, '');
  const expected = expectedOf(base);
  const pdf = join(dir, file);

  it('reads organ, year and template version', async () => {
    const { json } = await review(pdf);
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
  });

  it('reads every cell of tables 2, 3 and 4 exactly', async () => {
    const { json, data } = await review(pdf);
    const tally = tallyCells(json, data, expected);
    expect(tally.wrong).toEqual([]);
    expect(tally.ambiguous).toEqual([]);
  });

  it('gives exactly the expected findings: no false error, no missing row or section', async () => {
    const { json } = await review(pdf);
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
    const noise = json.findings.filter((f) => f.rule === 'structure.missing' || f.rule === 'sections.missing');
    expect(noise.map((f) => f.message)).toEqual([]);
  });

  it('gives the same findings as the .docx of the same report', async () => {
    const [fromPdf, fromDocx] = await Promise.all([review(pdf), review(samplePath(base, 'docx'))]);
    expect(findingKeys(fromPdf.json)).toEqual(findingKeys(fromDocx.json));
  });
});
