import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { findingProblems, unexpectedFindings } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf, type ExpectedReport } from '../helpers/fixtures';
import { tallyCells } from '../helpers/variants';

// Every sample re-laid as text whose table cells lost their separators (test/fixtures/txt,
// made by generate.ts): one line per row (`…申请数量1000001`) and the whole report in one line.
// The digit-run splitter must read every cell of tables 3 and 4 (their relations pin the cuts
// down) and leave table 2 cells it cannot pin down null and marked, never guessed.
const dir = join(OWN_FIXTURES, 'txt');
const files = readdirSync(dir)
  .filter((f) => /^\d{3}-.*-(runtogether|oneline)\.txt$/.test(f))
  .sort();

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
    expect(findingProblems(json, expected)).toEqual([]);
  });

  it('reports each run it could not cut one way as extract.uncertain, with its cells', async () => {
    const { json, data } = await review();
    const uncertainCells = json.findings.filter((f) => f.rule === 'extract.uncertain').flatMap((f) => f.cells);
    const nullMarked = tallyCells(json, data, expected).ambiguous;
    expect([...uncertainCells].sort()).toEqual([...nullMarked].sort());
  });
});

describe('relations-runtogether.txt: rows that split two ways, pinned down by the column relations', () => {
  // Sample 004 run together with table 3 changed (truth beside it): 一 and （七）总计 read
  // 110000011, which their row sums allow as 1,10,0,0,0,0,11 or 11,0,0,0,0,0,11; only the
  // columns — （七）= （一）5 + （二）6, 一 + 二 = （七）+ 四 — pick the second.
  const path = join(dir, 'relations-runtogether.txt');
  const expected = JSON.parse(readFileSync(join(dir, 'relations-runtogether.expected.json'), 'utf8')) as ExpectedReport;

  it('reads every cell exactly, none left uncertain, and no false finding', async () => {
    const outcome = await reviewPath(path);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    const json = toReportJson(outcome.doc);
    const tally = tallyCells(json, outcome.doc.data, expected);
    expect(tally.wrong).toEqual([]);
    expect(tally.ambiguous.filter((ref) => ref.startsWith('t3.'))).toEqual([]);
    expect(json.tables.t3.new).toEqual({ natural: 11, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 11 });
    expect(unexpectedFindings(json, expected)).toEqual([]);
    expect(json.findings.filter((f) => f.rule === 'extract.uncertain' && f.cells.some((c) => c.startsWith('t3.')))).toEqual([]);
  });

  it('leaves the rows uncertain, listing both readings, when every relation holds either way', async () => {
    // （一） also 110000011 and （二） 0: 一 = （七）= （一） holds for both cuts of all three rows.
    const text = readFileSync(path, 'utf8')
      .replace(/予以公开5000005/u, '予以公开110000011')
      .replace(/不计其他情形\)6000006/u, '不计其他情形)0000000');
    const { parseTxt } = await import('../../main/parsers/txt/parseTxt');
    const { extractReport } = await import('../../shared/extract');
    const { runChecks } = await import('../../shared/checks');
    const data = extractReport(parseTxt(new TextEncoder().encode(text)).layout);
    expect(data.tables.t3.total.natural).toMatchObject({ value: null, uncertain: [1, 11] });
    expect(data.tables.t3.new.natural).toMatchObject({ value: null, uncertain: [1, 11] });
    expect(data.tables.t3.new.commercial).toMatchObject({ value: null, uncertain: [10, 0] });
    expect(data.tables.t3.new.total).toMatchObject({ value: 11 });
    const findings = runChecks(data).filter((f) => f.rule === 'extract.uncertain');
    expect(findings.map((f) => f.cells.filter((c) => c.endsWith('.natural')))).toEqual([['t3.new.natural'], ['t3.granted.natural'], ['t3.total.natural']]);
    expect(findings[0].message).toContain('（1、10、0、0、0、0、11） 或 （11、0、0、0、0、0、11）');
    // No sum is compared over an uncertain cell, and no value.kind error is raised for it.
    expect(runChecks(data).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
