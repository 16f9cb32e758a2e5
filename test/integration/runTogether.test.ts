import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';
import { tallyCells } from '../helpers/variants';

// Every sample re-laid as text whose table cells lost their separators (test/fixtures/txt,
// made by generate.ts): one line per row (`…申请数量1000001`) and the whole report in one line.
// The digit-run splitter must read every cell of tables 3 and 4 (their relations pin the cuts
// down) and leave table 2 cells it cannot pin down null and marked, never guessed.
const dir = join(OWN_FIXTURES, 'txt');
const files = readdirSync(dir).filter((f) => /-(runtogether|oneline)\.txt$/.test(f)).sort();

describe.each(files)('%s', (file) => {
  const base = file.replace(/-(runtogether|oneline)\.txt$/, '');
  const expected = expectedOf(base);
  const review = async () => {
    const outcome = await reviewPath(join(dir, file));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    return { json: toReportJson(outcome.doc), data: outcome.doc.data };
  };

  it('reads organ, year and template version', async () => {
    const { json } = await review();
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
  });

  it('reads every cell exactly, or marks it uncertain with the truth among its candidates', async () => {
    const { json, data } = await review();
    const tally = tallyCells(json, data, expected);
    expect(tally.wrong).toEqual([]);
    // Tables 3 and 4 have relations enough to pin every cut down in these reports.
    expect(tally.ambiguous.filter((ref) => !ref.startsWith('t2.'))).toEqual([]);
  });

  it('gives exactly the expected findings: no false error, no missing row or section', async () => {
    const { json } = await review();
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
    const noise = json.findings.filter((f) => f.rule === 'structure.missing' || f.rule === 'sections.missing');
    expect(noise.map((f) => f.message)).toEqual([]);
  });

  it('reports each run it could not cut one way as extract.uncertain, with its cells', async () => {
    const { json, data } = await review();
    const uncertainCells = json.findings.filter((f) => f.rule === 'extract.uncertain').flatMap((f) => f.cells);
    const nullMarked = tallyCells(json, data, expected).ambiguous;
    expect([...uncertainCells].sort()).toEqual([...nullMarked].sort());
  });
});
