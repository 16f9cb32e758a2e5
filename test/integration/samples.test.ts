import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { cellDifferences, missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { expectedOf, sampleNames, samplePath } from '../helpers/fixtures';

// The .docx and .txt renderings of every sample, read end to end (parse → extract → check)
// and compared with the sample's truth. The PDFs have their own suite.
const cases = sampleNames().flatMap((base) => (['docx', 'txt'] as const).filter((ext) => existsSync(samplePath(base, ext))).map((ext) => ({ base, ext })));

describe.each(cases)('$base.$ext', ({ base, ext }) => {
  const expected = expectedOf(base);
  const review = async () => {
    const outcome = await reviewPath(samplePath(base, ext));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    return toReportJson(outcome.doc);
  };

  it('reads organ, year and template version', async () => {
    const json = await review();
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
  });

  it('reads every cell as the truth has it', async () => {
    expect(cellDifferences(await review(), expected)).toEqual([]);
  });

  it('reports every finding the truth lists, and no false error', async () => {
    const json = await review();
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
  });
});
