import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import type { TableValues } from '../../shared/model';
import { cellDifferences, findingProblems } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';

// Every sample's .docx saved as plain text by LibreOffice (test/fixtures/txt/*-savedtext.txt), as
// Word, WPS or LibreOffice 另存为纯文本 writes it: every table cell on a line of its own, with
// nothing to mark a cell, an empty cell an empty line, and no line between rows (002 also in
// GB 18030 with CRLF, as a Chinese Windows saves it). Each label line takes the values below it.
const dir = join(OWN_FIXTURES, 'txt');
const files = readdirSync(dir)
  .filter((f) => /^\d{3}-.*-savedtext(-gbk)?\.txt$/.test(f))
  .sort();

describe.each(files)('%s', (file) => {
  const expected = expectedOf(file.replace(/-savedtext(-gbk)?\.txt$/, ''));
  const review = async () => {
    const outcome = await reviewPath(join(dir, file));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    return { json: toReportJson(outcome.doc), doc: outcome.doc };
  };

  it('reads organ, year, template and every cell exactly', async () => {
    const { json } = await review();
    expect([json.organ, json.year, json.template]).toEqual([expected.organ, expected.year, expected.template]);
    expect(cellDifferences(json, expected)).toEqual([]);
  });

  it('anchors each value on its own line of the text', async () => {
    const { doc } = await review();
    const text = doc.parsed.text ?? '';
    let anchored = 0;
    const tables: TableValues[] = [doc.data.tables.t2, doc.data.tables.t3, doc.data.tables.t4];
    for (const table of tables) {
      for (const row of Object.values(table)) {
        for (const cell of Object.values(row)) {
          if (cell.anchor?.kind !== 'text' || cell.raw === '') continue;
          const lineEnd = text.indexOf('\n', cell.anchor.end);
          const line = text.slice(text.lastIndexOf('\n', cell.anchor.start - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
          expect(line.trim()).toBe(cell.raw);
          anchored++;
        }
      }
    }
    expect(anchored).toBeGreaterThan(50);
  });

  it('gives exactly the expected findings: no false error, no missing row or section', async () => {
    const { json } = await review();
    expect(findingProblems(json, expected)).toEqual([]);
  });
});
