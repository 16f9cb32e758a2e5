import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { cellDifferences } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';

describe.each(['saved-page-gb2312.html', 'saved-page-utf8.html'])('saved web page %s', (name) => {
  it('reads sample 003 from the page as from its .docx', async () => {
    const outcome = await reviewPath(join(OWN_FIXTURES, 'html', name));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    const json = toReportJson(outcome.doc);
    const expected = expectedOf('003-weihai-etdz-2020');
    expect(json.format).toBe('html');
    expect(json.organ).toBe(expected.organ);
    expect(cellDifferences(json, expected)).toEqual([]);
  });
});
