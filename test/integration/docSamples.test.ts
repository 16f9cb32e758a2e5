import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { cellDifferences, missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf, samplePath } from '../helpers/fixtures';

// Every shared sample saved as Word 97–2003 (.doc) by LibreOffice, read by the Word-binary reader,
// under its own name and renamed .wps (as WPS Office names such files), end to end against the truth.
const DOC_DIR = join(OWN_FIXTURES, 'doc');
const samples = readdirSync(DOC_DIR)
  .filter((f) => /^\d{3}-.*\.doc$/.test(f))
  .map((f) => f.replace(/\.doc$/, ''));
const wpsDir = mkdtempSync(join(tmpdir(), 'doc-as-wps-'));
const cases = samples.flatMap((base) => {
  copyFileSync(join(DOC_DIR, `${base}.doc`), join(wpsDir, `${base}.wps`));
  return [
    { base, ext: 'doc', path: join(DOC_DIR, `${base}.doc`) },
    { base, ext: 'wps', path: join(wpsDir, `${base}.wps`) },
  ];
});

describe('the samples as .doc', () => {
  it('are all there (one per shared .docx sample)', () => {
    expect(samples.length).toBe(5);
  });
});

describe.each(cases)('$base.$ext', ({ base, path }) => {
  const expected = expectedOf(base);
  const review = async () => {
    const outcome = await reviewPath(path);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    return { json: toReportJson(outcome.doc), warnings: outcome.doc.parsed.layout.warnings };
  };

  it('reads organ, year and template version, as a Word 97–2003 document without warnings', async () => {
    const { json, warnings } = await review();
    expect({ format: json.format, organ: json.organ, year: json.year, template: json.template }).toEqual({
      format: 'doc',
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
    expect(warnings).toEqual([]);
  });

  it('reads every cell as the truth has it', async () => {
    expect(cellDifferences((await review()).json, expected)).toEqual([]);
  });

  it('reports every finding the truth lists, and no false error', async () => {
    const { json } = await review();
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
  });
});

describe.each(samples)('%s.doc beside its .docx', (base) => {
  it('gives the same cells and exactly the same findings as the .docx', async () => {
    const [doc, docx] = await Promise.all([reviewPath(join(DOC_DIR, `${base}.doc`)), reviewPath(samplePath(base, 'docx'))]);
    if (!doc.ok || !docx.ok) throw new Error('a sample could not be read');
    const a = toReportJson(doc.doc);
    const b = toReportJson(docx.doc);
    expect(a.tables).toEqual(b.tables);
    const key = (f: { rule: string; severity: string; cells: string[]; message: string }) => `${f.rule}|${f.severity}|${f.cells.join(',')}|${f.message}`;
    expect(a.findings.map(key).sort()).toEqual(b.findings.map(key).sort());
  });
});
