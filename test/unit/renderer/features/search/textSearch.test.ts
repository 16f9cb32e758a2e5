import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../main/parsers';
import { findRanges } from '../../../../../renderer/features/search/domSearch';
import { itemSpanRect, pdfHits, pdfPieces, type PdfTextItem } from '../../../../../renderer/features/search/pdfSearch';
import { findMatches, normaliseQuery } from '../../../../../renderer/features/search/textSearch';
import { sanitizeDocumentHtml } from '../../../../../renderer/features/source/HtmlView';
import { samplePath } from '../../../../helpers/fixtures';

const pieces = (...texts: string[]) => texts.map((text) => ({ text }));
/** The matched text of each match, piece by piece. */
const matched = (texts: string[], query: string, hardSpaces = false) =>
  findMatches(
    texts.map((text) => ({ text })),
    query,
    { hardSpaces },
  ).map((m) => m.map((s) => texts[s.piece].slice(s.start, s.end)).join('|'));

/** A horizontal pdf.js text item at (x, y), size 16, one em per CJK character. */
const item = (str: string, x: number, y: number, width = [...str].length * 16): PdfTextItem => ({ str, transform: [16, 0, 0, 16, x, y], width, height: 16 });

describe('findMatches: whitespace-normalised search over text pieces', () => {
  it('finds a phrase split by spaces and line breaks, inside one piece and across pieces', () => {
    expect(matched(['本 机 关\n不 掌握'], '本机关不掌握')).toEqual(['本 机 关\n不 掌握']);
    expect(matched(['三、本机', '关', '　不掌', '握相关'], '本机关不掌握')).toEqual(['本机|关|不掌|握']);
    // The query's own spaces do not count either.
    expect(matched(['本机关不掌握'], ' 本机关 不掌握 ')).toEqual(['本机关不掌握']);
  });

  it('ignores case and full-width forms for Latin letters and digits, and counts non-overlapping hits in order', () => {
    expect(matched(['PDF pdf Ｐｄｆ'], 'pdf')).toEqual(['PDF', 'pdf', 'Ｐｄｆ']);
    expect(matched(['２０２３年', '2023 年'], '2023年')).toEqual(['２０２３年', '2023 年']);
    expect(matched(['aaaa'], 'aa')).toEqual(['aa', 'aa']);
    expect(normaliseQuery(' Ａ b\u3000C ')).toBe('abc');
  });

  it('finds an ideograph where a PDF font wrote its radical (Chrome: ⼯ for 工, ⺠ for 民)', () => {
    expect(matched(['中华⼈⺠共和国', '信息公开⼯作'], '人民')).toEqual(['⼈⺠']);
    expect(matched(['中华⼈⺠共和国', '信息公开⼯作'], '公开工作')).toEqual(['公开⼯作']);
  });

  it('never runs a match into a piece that starts a new place, nor across a tab or column gap in plain text', () => {
    const cells = [{ text: '1' }, { text: '0', breakBefore: true }, { text: '10', breakBefore: true }];
    expect(findMatches(cells, '10')).toEqual([[{ piece: 2, start: 0, end: 2 }]]);
    expect(matched(['1    0\t10\n1\n0'], '10', true)).toEqual(['10', '1\n0']);
    expect(matched(['1    0'], '10', false)).toEqual(['1    0']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(pieces('abc'), '')).toEqual([]);
    expect(findMatches(pieces('a b c'), ' \n ')).toEqual([]);
  });
});

describe('PDF: hits as boxes from text items', () => {
  it('joins a phrase drawn character by character with spaces and wrapped to the next line, one box per line', () => {
    const items = [item('本', 100, 700), item(' ', 116, 700, 4), item('机', 120, 700), item('关', 136, 700), item('不', 80, 680), item('掌握', 96, 680)];
    const [hit] = pdfHits([{ page: 2, items }], '本机关不掌握');
    expect(hit).toHaveLength(1);
    expect(hit[0].page).toBe(2);
    expect(hit[0].rects).toHaveLength(2);
    const [line1, line2] = hit[0].rects;
    expect(line1.x).toBeCloseTo(100);
    expect(line1.x + line1.width).toBeCloseTo(152);
    expect(line2.x).toBeCloseTo(80);
    expect(line2.x + line2.width).toBeCloseTo(128);
    expect(line2.y).toBeLessThan(line1.y);
  });

  it('keeps values of neighbouring table columns apart (a gap of more than 1.5 em on one line), and each page apart', () => {
    const row = [item('1', 300, 400, 8), item('0', 360, 400, 8)];
    expect(pdfPieces([{ page: 1, items: row }]).pieces.map((p) => !!p.breakBefore)).toEqual([true, true]);
    expect(pdfHits([{ page: 1, items: row }], '10')).toEqual([]);
    expect(
      pdfHits(
        [
          { page: 1, items: [item('本机', 100, 100)] },
          { page: 2, items: [item('关', 100, 700)] },
        ],
        '本机关',
      ),
    ).toEqual([]);
  });

  it('places characters inside an item by their widths (CJK one em, digits half)', () => {
    const r = itemSpanRect(item('共 2023 年', 0, 0, 16 * 4 + 8 * 2), 2, 6);
    expect(r.x).toBeCloseTo(24);
    expect(r.width).toBeCloseTo(32);
  });

  it('counts in sample 002’s PDF what pdftotext reads there', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const path = samplePath('002-huancui-science-2023', 'pdf');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, useWorkerFetch: false }).promise;
    const pages: Array<{ page: number; items: PdfTextItem[] }> = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push({ page: p, items: content.items.filter((i) => 'str' in i) as PdfTextItem[] });
    }
    await doc.destroy();
    const truth = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    for (const word of ['本机关不掌握', '政府信息', '行政复议', '申请']) {
      const hits = pdfHits(pages, word);
      expect(hits.length, word).toBe(truth.split(word).length - 1);
      for (const hit of hits) for (const { rects } of hit) for (const r of rects) expect(r.width).toBeGreaterThan(0);
    }
  }, 30_000);
});

describe('DOM: hits as Ranges over text nodes', () => {
  it('finds across inline elements and paragraphs, never from one table cell into the next', () => {
    const root = document.createElement('article');
    root.innerHTML = '<p>本机<b>关</b>不</p><p>掌握</p><table><tr><td>1</td><td>0</td><td>10</td></tr></table>';
    const ranges = findRanges(root, '本机关不掌握');
    expect(ranges.map((r) => r.toString())).toEqual(['本机关不掌握']);
    expect(findRanges(root, '10').map((r) => (r.startContainer.parentElement as Element).outerHTML)).toEqual(['<td>10</td>']);
  });

  it('counts in sample 002’s Word file what its document.xml holds', async () => {
    const path = samplePath('002-huancui-science-2023', 'docx');
    const { parsed } = await parseFile(new Uint8Array(readFileSync(path)), '002.docx');
    const root = document.createElement('article');
    root.innerHTML = sanitizeDocumentHtml(parsed.html!);
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 })
      .replace(/<[^>]+>/g, '')
      .replace(/\s/g, '');
    for (const word of ['本机关不掌握', '政府信息', '申请']) expect(findRanges(root, word).length, word).toBe(xml.split(word).length - 1);
  });
});
