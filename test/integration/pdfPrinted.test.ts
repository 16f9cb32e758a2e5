import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { cellDifferences, findingProblems } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';

// Sample 002 as a web page printed to PDF by Chromium (test/fixtures/pdf/printed, make.sh): the
// browser's header and footer on every page, many ideographs written as Kangxi radicals (⼯ for
// 工), table 3 cut by a page break inside its merged （三） cell. Truth: 002's .expected.json.
const file = join(OWN_FIXTURES, 'pdf', 'printed', '002-huancui-science-2023-chrome.pdf');
const expected = expectedOf('002-huancui-science-2023');

const review = async () => {
  const outcome = await reviewPath(file);
  if (!outcome.ok) throw new Error(outcome.failed.error.message);
  return { json: toReportJson(outcome.doc), doc: outcome.doc };
};

describe('a web page printed to PDF by a browser', () => {
  it('reads organ, year, template and every cell exactly', async () => {
    const { json } = await review();
    expect([json.organ, json.year, json.template]).toEqual([expected.organ, expected.year, expected.template]);
    expect(cellDifferences(json, expected)).toEqual([]);
  });

  it('gives exactly the expected findings: no false error, no missing row or section', async () => {
    const { json } = await review();
    expect(findingProblems(json, expected)).toEqual([]);
  });

  it("keeps no radical and none of the browser's header and footer in the text", async () => {
    const { doc } = await review();
    const text = doc.parsed.layout.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text)))).join('\n');
    expect(text).toContain('政府信息公开工作年度报告');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(text).not.toContain('file://');
    expect(text).not.toMatch(/\d+:\d+ [AP]M/);
  });
});
