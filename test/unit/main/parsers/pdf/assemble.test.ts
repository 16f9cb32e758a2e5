import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../../main/parsers/pdf/assemble';
import type { PageGeometry, Segment, TextRun } from '../../../../../main/parsers/pdf/geometry';
import { buildPageBlocks } from '../../../../../main/parsers/pdf/pageBlocks';
import type { LayoutBlock, LayoutTable } from '../../../../../shared/model';

// Synthetic pages: runs are placed by their baseline (box from baseline − 2 to baseline + 8 at
// size 10), rulings as plain segments, in PDF points with y up, A4 portrait.
const text = (t: string, x: number, baseline: number, size = 10): TextRun => ({
  text: t,
  left: x,
  right: x + [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size / 2), 0),
  bottom: baseline - size * 0.2,
  top: baseline + size * 0.8,
  size,
});
const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });
const page = (n: number, runs: TextRun[], segments: Segment[] = []): PageGeometry => ({ page: n, width: 595, height: 842, runs, segments });

const layoutOf = (...pages: PageGeometry[]): LayoutBlock[] => assembleBlocks(pages.map((page) => buildPageBlocks(page)));
const onlyTable = (blocks: LayoutBlock[]): LayoutTable => {
  const tables = blocks.filter((b): b is LayoutTable => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0];
};
const cells = (table: LayoutTable) => table.rows.map((r) => r.cells.map((c) => `${c.col}${c.rowSpan > 1 ? `v${c.rowSpan}` : ''}:${c.text}`));

// Table 3's column layout: group label 100–140, sub-label 140–300, two value columns to 400.
const X = [100, 140, 300, 350, 400];
const ruledRows = (ys: number[], labelMergedRows: number[]): Segment[] => {
  const out: Segment[] = [v(X[0], ys[ys.length - 1], ys[0]), ...X.slice(1).map((x) => v(x, ys[ys.length - 1], ys[0]))];
  ys.forEach((y, i) => out.push(labelMergedRows.includes(i) ? h(y, X[1], X[4]) : h(y, X[0], X[4])));
  return out;
};

describe('assembleBlocks', () => {
  it('joins a label wrapped over two lines inside one cell without spaces', () => {
    const blocks = layoutOf(
      page(
        1,
        [text('（二）部分公开（区分处理的，只', 104, 712), text('计这一情形）', 104, 700), text('4', 320, 706), text('4', 370, 706)],
        // The label spans the group and sub-label columns: no ruling at x = 140 in this row.
        [h(720, 100, 400), h(690, 100, 400), v(100, 690, 720), v(300, 690, 720), v(350, 690, 720), v(400, 690, 720)],
      ),
    );
    expect(cells(onlyTable(blocks))).toEqual([['0:（二）部分公开（区分处理的，只计这一情形）', '1:4', '2:4']]);
  });

  it('merges table 3 cut by a page break and extends the group label that WPS leaves empty below the break', () => {
    const page1 = page(
      1,
      [
        text('（四）', 104, 95),
        text('1.本机关不掌握', 144, 106),
        text('10', 320, 106),
        text('10', 370, 106),
        text('2.没有现成信息', 144, 86),
        text('3', 320, 86),
        text('3', 370, 86),
        text('- 3 -', 280, 40),
      ],
      ruledRows([120, 100, 80], [1]),
    );
    const page2 = page(
      2,
      [
        text('3.补正后申请内容仍不明确', 144, 786),
        text('0', 320, 786),
        text('0', 370, 786),
        text('（五）其他', 104, 766),
        text('1', 320, 766),
        text('1', 370, 766),
        text('- 4 -', 280, 40),
      ],
      ruledRows([800, 780, 760], []),
    );
    const table = onlyTable(layoutOf(page1, page2));
    expect(cells(table)).toEqual([
      ['0v3:（四）', '1:1.本机关不掌握', '2:10', '3:10'],
      ['1:2.没有现成信息', '2:3', '3:3'],
      ['1:3.补正后申请内容仍不明确', '2:0', '3:0'],
      ['0:（五）其他', '1:', '2:1', '3:1'],
    ]);
    expect(table.rows[2].cells[0].anchor).toMatchObject({ kind: 'pdf', page: 2 });
  });

  it('re-joins a group label whose text LibreOffice flowed over the page break after its list marker', () => {
    const page1 = page(1, [text('（五）', 104, 106), text('1.信访举报', 144, 106), text('0', 320, 106), text('0', 370, 106)], ruledRows([120, 100], []));
    const page2 = page(
      2,
      [
        text('不予处理', 104, 776),
        text('2.重复申请', 144, 786),
        text('0', 320, 786),
        text('0', 370, 786),
        text('3.出版物', 144, 766),
        text('0', 320, 766),
        text('0', 370, 766),
      ],
      ruledRows([800, 780, 760], [1]),
    );
    expect(cells(onlyTable(layoutOf(page1, page2)))).toEqual([
      ['0v3:（五）不予处理', '1:1.信访举报', '2:0', '3:0'],
      ['1:2.重复申请', '2:0', '3:0'],
      ['1:3.出版物', '2:0', '3:0'],
    ]);
  });

  it('keeps two tables apart when the next page starts with a table of other columns', () => {
    const page1 = page(1, [text('a', 104, 106)], ruledRows([120, 100], []));
    const page2 = page(2, [text('b', 60, 786)], [h(800, 50, 500), h(780, 50, 500), v(50, 780, 800), v(275, 780, 800), v(500, 780, 800)]);
    expect(layoutOf(page1, page2).filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  it('rebuilds a table drawn without rulings from the alignment of its columns', () => {
    const heads = ['结果维持', '结果纠正', '总计'];
    const blocks = layoutOf(
      page(1, [
        text('四、行政复议情况', 100, 760, 16),
        ...heads.map((t, i) => text(t, 100 + i * 80, 720)),
        ...['10', '1', '11'].map((t, i) => text(t, 110 + i * 80, 700)),
        text('五、存在的主要问题', 100, 660, 16),
      ]),
    );
    // The values are the table; the header line above them stays text (it names no row).
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text.replace(/\s+/g, '') : b.kind))).toEqual([
      '四、行政复议情况',
      '结果维持结果纠正总计',
      'table',
      '五、存在的主要问题',
    ]);
    expect(cells(onlyTable(blocks))).toEqual([['0:10', '1:1', '2:11']]);
  });

  it('re-joins body text into paragraphs at indents and short lines, across a page break, without page numbers', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    const blocks = layoutOf(
      page(1, [text('一、总体情况', 120, 760), text(full, 100, 740), text(full, 100, 720), text('- 1 -', 280, 40)]),
      page(2, [text('结尾。', 100, 780), text('二、主动公开', 120, 760), text('- 2 -', 280, 40)]),
    );
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual(['一、总体情况', `${full}${full}结尾。`, '二、主动公开']);
    expect(blocks[1].anchor).toMatchObject({ kind: 'pdf', page: 1 });
  });
});
