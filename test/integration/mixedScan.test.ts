import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBatch, readReport } from '../../main/documents/review';
import type { ReviewedDocument } from '../../main/documents/reviewFile';
import { toReportJson } from '../../main/documents/reportJson';
import type { ReportJson } from '../../shared/model';
import { cellDifferences } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';

// A mixed PDF: sample 002 whose narrative pages (1–3, 6–7) have a text layer and whose table pages
// (4–5) are the scan's images (test/fixtures/scans/mixed-text-and-scanned-tables-002.pdf, made
// with qpdf from the digital PDF and the shared scan, which has the same pages). Each page takes
// its own path: text pages as text, only the image pages by OCR; table 2, which starts on text
// page 3 and ends on scanned page 4, and table 3, split over the two scanned pages, join up as in
// the digital file.
const FILE = join(OWN_FIXTURES, 'scans', 'mixed-text-and-scanned-tables-002.pdf');
const LIMITS = { timeoutMs: 180_000, maxPages: 500, ocr: { maxPages: 60, timeoutMs: 900_000 } };

describe('a PDF of text pages and scanned table pages', () => {
  const expected = expectedOf('002-huancui-science-2023');
  let doc: ReviewedDocument;
  let json: ReportJson;
  beforeAll(async () => {
    const ocrPages: number[] = [];
    const read = await readReport(FILE, { ...LIMITS, ocrHooks: { onPageStart: (p) => ocrPages.push(p.page) } });
    const [outcome] = checkBatch([read]);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    doc = outcome.doc;
    json = toReportJson(outcome.doc);
    expect(ocrPages).toEqual([4, 5]);
  }, 900_000);

  it('reads only the scanned pages by OCR, and says which', () => {
    expect(doc.parsed.layout.warnings.join('\n')).toMatch(/第 4.5 页是扫描图像/);
  });

  it('reads organ, year and template from the text pages exactly', () => {
    expect({ organ: json.organ, year: json.year, template: json.template }).toEqual({
      organ: expected.organ,
      year: expected.year,
      template: expected.template,
    });
  });

  it('reads every cell of the scanned tables exactly', () => {
    expect(cellDifferences(json, expected)).toEqual([]);
  });

  it('gives exactly the findings of the digital file', () => {
    const keys = (fs: ReadonlyArray<{ rule: string; cells: string[] }>) => fs.map((f) => `${f.rule} ${[...f.cells].sort().join(',')}`).sort();
    expect(keys(json.findings)).toEqual(keys(expected.findings));
  });

  it('anchors the tables where they stand: table 2 starts on text page 3 and goes on in the scan', () => {
    const pagesOf = (kind: 'table' | 'paragraph') =>
      new Set(doc.parsed.layout.blocks.filter((b) => b.kind === kind).flatMap((b) => (b.anchor.kind === 'pdf' ? [b.anchor.page] : [])));
    expect([...pagesOf('table')].sort()).toEqual([3, 4, 5]);
    expect([...pagesOf('paragraph')]).toEqual(expect.arrayContaining([1, 2, 3, 6]));
  });
});
