import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../main/parsers/pdf';
import { ParseError } from '../../main/parsers/parseError';
import { DEFAULT_LIMITS, type ParseLimits } from '../../main/parsers/types';
import type { LayoutParagraph, LayoutTable } from '../../shared/model';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';

// The parser on small PDFs made for one case each (test/fixtures/README.md, section pdf/).
const own = (name: string): Uint8Array => new Uint8Array(readFileSync(join(OWN_FIXTURES, 'pdf', name)));

async function failure(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParseError> {
  const error = await parsePdf(bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

const tables = (blocks: Array<LayoutTable | LayoutParagraph>): LayoutTable[] => blocks.filter((b): b is LayoutTable => b.kind === 'table');
const rowTexts = (table: LayoutTable): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));

describe('parsePdf on bad input', () => {
  it('says a PDF with a user password is encrypted', async () => {
    const error = await failure(own('encrypted-user-password.pdf'));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/加密/);
  });

  it('opens a PDF that has only an owner password with the empty password', async () => {
    const { layout } = await parsePdf(own('encrypted-owner-password-only.pdf'), DEFAULT_LIMITS);
    expect(tables(layout.blocks)[0].rows[1].cells.map((c) => c.text)).toEqual(['（一）予以公开', '1', '1']);
  });

  it('says a truncated PDF is corrupt', async () => {
    const error = await failure(own('truncated-half.pdf'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/损坏|不完整/);
  });

  it('says bytes after a PDF header that are no PDF are corrupt', async () => {
    expect((await failure(own('garbage-after-header.pdf'))).code).toBe('corrupt');
  });

  it('says a scanned page in which OCR finds no text has nothing to read', async () => {
    const error = await failure(own('image-only-scan.pdf'));
    expect(error.code).toBe('scanned');
    expect(error.message).toMatch(/OCR/);
  }, 120_000);

  it('refuses more scanned pages than the OCR limit, in Chinese, before reading any', async () => {
    const error = await failure(own('image-only-scan.pdf'), { ...DEFAULT_LIMITS, ocr: { maxPages: 0, timeoutMs: 60_000 } });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/扫描图像.*超过文字识别（OCR）的上限 0 页/);
  });

  it('stops OCR when cancelled, with a Chinese message', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(own('image-only-scan.pdf'), { ...DEFAULT_LIMITS, ocrHooks: { signal: controller.signal } });
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/已取消/);
  }, 120_000);

  it('reads a PDF that is no report as plain paragraphs without tables', async () => {
    const { layout } = await parsePdf(own('not-a-report.pdf'), DEFAULT_LIMITS);
    expect(tables(layout.blocks)).toEqual([]);
    expect(layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Shopping list', 'apples 3', 'pears 2', 'bread 1']);
  });

  it('refuses more pages than the limit before reading them', async () => {
    const error = await failure(new Uint8Array(readFileSync(samplePath('002-huancui-science-2023', 'pdf'))), { ...DEFAULT_LIMITS, maxPages: 3 });
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('7');
  });

  it('stops with a timeout error when the time limit runs out', async () => {
    const error = await failure(new Uint8Array(readFileSync(samplePath('005-hongze-gov-2023', 'pdf'))), { ...DEFAULT_LIMITS, timeoutMs: 1 });
    expect(error.code).toBe('timeout');
  });
});

describe('parsePdf on synthetic layouts', () => {
  it('reads Chinese set in a non-embedded font through the bundled cMaps, and a table without rulings', async () => {
    const { layout } = await parsePdf(own('borderless-table-unembedded-font.pdf'), DEFAULT_LIMITS);
    expect(layout.blocks[0]).toMatchObject({ kind: 'paragraph', text: '四、政府信息公开行政复议、行政诉讼情况' });
    // The values are the table; the header line above them stays text (it names no row).
    expect(rowTexts(tables(layout.blocks)[0])).toEqual([['10', '1', '0', '0', '11']]);
    expect(layout.blocks[1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/结果维持\s*结果纠正\s*其他结果\s*尚未审结\s*总计/) });
  });

  it('merges a table split over two pages, drops the repeated header and the page numbers', async () => {
    const { layout } = await parsePdf(own('split-table-across-pages.pdf'), DEFAULT_LIMITS);
    expect(layout.pageCount).toBe(2);
    const [table, ...others] = tables(layout.blocks);
    expect(others).toEqual([]);
    expect(rowTexts(table)).toEqual([
      ['办理结果', '自然人', '总计'],
      ['（一）予以公开', '1', '1'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '2', '2'],
      ['（七）总计', '3', '3'],
      ['四、结转下年度继续办理', '0', '0'],
    ]);
    expect(layout.blocks.some((b) => b.kind === 'paragraph' && /-\s*\d\s*-/.test(b.text))).toBe(false);
  });

  it('anchors each cell on its own page in PDF points, the wrapped label with one rectangle per line', async () => {
    const { layout } = await parsePdf(own('split-table-across-pages.pdf'), DEFAULT_LIMITS);
    const table = tables(layout.blocks)[0];
    const wrapped = table.rows[2].cells[0].anchor;
    expect(wrapped).toMatchObject({ kind: 'pdf', page: 1 });
    if (wrapped.kind !== 'pdf') throw new Error('not a pdf anchor');
    expect(wrapped.rects).toHaveLength(2);
    // The generator drew the two lines at baselines 624 and 610, from x = 86.
    expect(wrapped.rects[0].x).toBeCloseTo(86, 0);
    expect(wrapped.rects[0].y).toBeGreaterThan(wrapped.rects[1].y);
    expect(wrapped.rects[0].y).toBeLessThan(624);
    expect(wrapped.rects[0].y + wrapped.rects[0].height).toBeGreaterThan(624);
    expect(table.rows[3].cells[0].anchor).toMatchObject({ kind: 'pdf', page: 2 });
  });
});
