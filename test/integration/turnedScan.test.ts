import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBatch, readReport } from '../../main/documents/review';
import type { ReviewedDocument } from '../../main/documents/reviewFile';
import { toReportJson } from '../../main/documents/reportJson';
import { createOcrEngine } from '../../main/parsers/ocr/ocrEngine';
import { uprightTurn } from '../../main/parsers/ocr/ocrPage';
import { pagePicture } from '../../main/parsers/ocr/ocrPdf';
import { greyWithoutColour, turnClockwise } from '../../main/parsers/ocr/raster';
import { loadPdfjs } from '../../main/parsers/pdf/readPdf';
import type { Rect, TableValues } from '../../shared/model';
import { cellDifferences, findingProblems } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf } from '../helpers/fixtures';

// Sample 002 with scanned pages the wrong way up (test/fixtures/scans/make-turned.sh): page 4
// (tables) sideways, turned 90° clockwise on a landscape page; page 5 (tables) upside down; page 6
// (text) sideways the other way; page 7 (text and the seal) turned like page 4, which tesseract
// reads as it lies, in tall lines. Pages 1–3 keep their text layer. Pages 4 and 5 upright, in the
// same places, are mixed-text-and-scanned-tables-002.pdf.
const TURNED = join(OWN_FIXTURES, 'scans', 'turned-pages-002.pdf');
const UPRIGHT = join(OWN_FIXTURES, 'scans', 'mixed-text-and-scanned-tables-002.pdf');
// The turned file as a viewer leaves it once each page is turned to be read: /Rotate shows pages
// 4–7 upright, the scans in them still lie as scanned (PDF user space is the turned file's).
const SHOWN_UPRIGHT = join(OWN_FIXTURES, 'scans', 'shown-upright-002.pdf');
const LIMITS = { timeoutMs: 180_000, maxPages: 500, ocr: { maxPages: 60, timeoutMs: 900_000 } };

async function review(path: string): Promise<ReviewedDocument> {
  const [outcome] = checkBatch([await readReport(path, LIMITS)]);
  if (!outcome.ok) throw new Error(outcome.failed.error.message);
  return outcome.doc;
}

/** Every table cell read on a page, by key, with its box. */
function boxesOn(doc: ReviewedDocument, page: number): Map<string, Rect> {
  const out = new Map<string, Rect>();
  const tables: Record<string, TableValues> = { t2: doc.data.tables.t2, t3: doc.data.tables.t3, t4: doc.data.tables.t4 };
  for (const [t, table] of Object.entries(tables)) {
    for (const [row, cells] of Object.entries(table)) {
      for (const [col, cell] of Object.entries(cells)) {
        if (cell.anchor?.kind === 'pdf' && cell.anchor.page === page && cell.raw !== '') out.set(`${t}.${row}.${col}`, cell.anchor.rects[0]);
      }
    }
  }
  return out;
}

describe('scanned pages that lie sideways or upside down', () => {
  const expected = expectedOf('002-huancui-science-2023');
  let turned: ReviewedDocument;
  let upright: ReviewedDocument;
  let shown: ReviewedDocument;
  beforeAll(async () => {
    [turned, upright, shown] = [await review(TURNED), await review(UPRIGHT), await review(SHOWN_UPRIGHT)];
  }, 900_000);

  it('reads every cell and raises exactly the findings of the digital file', () => {
    const json = toReportJson(turned);
    expect(cellDifferences(json, expected)).toEqual([]);
    expect(findingProblems(json, expected)).toEqual([]);
  });

  it('says which pages it turned', () => {
    expect(turned.parsed.layout.warnings.join('\n')).toContain('第 4–7 页扫描时是横放或倒放的，已转正后识别');
    expect(upright.parsed.layout.warnings.join('\n')).not.toContain('横放或倒放');
    // And how to show each upright: page 4 was turned 90° clockwise, so 270° more shows it upright.
    expect(turned.parsed.layout.pageTurns).toEqual({ 4: 270, 5: 180, 6: 90, 7: 270 });
    expect(upright.parsed.layout.pageTurns).toBeUndefined();
  });

  it('anchors each cell where it stands on the page as scanned: across a sideways page, upside down on the other', () => {
    // Where a box of the upright page lies once the page is turned as in make-turned.sh (jpegtran
    // trims the scan's last 3 pixel rows, 1.08 pt, and on page 5 its last 6 columns too).
    const a4 = { width: 595.304, height: 841.89 };
    const sideways = (r: Rect): Rect => ({ x: r.y - 0.93, y: 595.44 - r.x - r.width, width: r.height, height: r.width });
    const upsideDown = (r: Rect): Rect => ({ x: 593.28 - r.x - r.width, y: a4.height - r.y - r.height, width: r.width, height: r.height });
    for (const [page, turn] of [
      [4, sideways],
      [5, upsideDown],
    ] as const) {
      const before = boxesOn(upright, page);
      const after = boxesOn(turned, page);
      expect(before.size, `cells on page ${page}`).toBeGreaterThan(10);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [key, box] of before) {
        const want = turn(box);
        const got = after.get(key)!;
        for (const side of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(got[side] - want[side]), `${key} ${side}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`).toBeLessThan(4);
      }
    }
  });

  it('reads pages of text scanned sideways as lines across, and anchors them down the page as it lies', () => {
    for (const [page, phrases, size] of [
      [6, ['不搞形式主义', '其他需要报告的事项'], { width: 842.04, height: 593.28 }],
      [7, ['深入全区企业开展送政策上门服务', '量身定制个性化政策指导'], { width: 840.96, height: 595.44 }],
    ] as const) {
      const blocks = turned.parsed.layout.blocks.filter((b) => b.kind === 'paragraph' && b.anchor.kind === 'pdf' && b.anchor.page === page);
      const text = blocks
        .map((b) => (b.kind === 'paragraph' ? b.text : ''))
        .join('')
        .replace(/\s/g, '');
      for (const phrase of phrases) expect(text, `page ${page}`).toContain(phrase);
      const rects = blocks.flatMap((b) => (b.anchor.kind === 'pdf' ? b.anchor.rects : []));
      expect(rects.length).toBeGreaterThan(5);
      // The page lies on its side: its lines run down it, inside it.
      for (const r of rects) {
        expect(r.height, JSON.stringify(r)).toBeGreaterThan(r.width);
        expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width + 0.1 && r.y + r.height <= size.height + 0.1, JSON.stringify(r)).toBe(true);
      }
    }
  });

  it('reads pages the PDF shows upright by its /Rotate as they are shown, anchored in the PDF’s own space', () => {
    const json = toReportJson(shown);
    expect(cellDifferences(json, expected)).toEqual([]);
    expect(findingProblems(json, expected)).toEqual([]);
    // Shown upright, no page needed turning to be read.
    expect(shown.parsed.layout.warnings.join('\n')).not.toContain('横放或倒放');
    expect(shown.parsed.layout.pageTurns).toBeUndefined();
    // The same file underneath: every cell is anchored where it is in the turned file.
    for (const page of [4, 5]) {
      const want = boxesOn(turned, page);
      const got = boxesOn(shown, page);
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [key, box] of want) {
        const other = got.get(key)!;
        for (const side of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(other[side] - box[side]), `${key} ${side}: ${JSON.stringify(other)} ≠ ${JSON.stringify(box)}`).toBeLessThan(2);
      }
    }
  });
});

describe('which way up a scanned page lies', () => {
  it('tells every quarter turn of a page: the clockwise turn that sets it upright', async () => {
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(UPRIGHT)),
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
    }).promise;
    const engine = await createOcrEngine({ chineseWorkers: 1 });
    try {
      // Page 4: table 3 and a few lines of text, as scanned (200 dpi).
      const raster = await pagePicture(pdfjs, await doc.getPage(4), 4);
      const grey = greyWithoutColour(raster.rgba, raster.width, raster.height);
      const found: Record<number, number> = {};
      for (const turn of [0, 90, 180, 270] as const) found[turn] = await uprightTurn(turnClockwise(grey, turn), raster.dpi, engine);
      expect(found).toEqual({ 0: 0, 90: 270, 180: 180, 270: 90 });
    } finally {
      await engine.terminate();
      await doc.destroy();
    }
  }, 120_000);
});
