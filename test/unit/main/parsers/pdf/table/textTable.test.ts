import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../../../main/parsers/pdf/assemble';
import type { TextRun } from '../../../../../../main/parsers/pdf/geometry';
import { buildPageBlocks } from '../../../../../../main/parsers/pdf/pageBlocks';
import type { LayoutBlock, LayoutTable } from '../../../../../../shared/model';

// A table 3 fragment drawn with no ruling at all, as a page exported from the web sets it:
// group label 三、本年度办理结果 (col 0) centred over five rows, （三）不予公开 (col 1) over three,
// a sub-label wrapped over two lines with its values centred between them, a blank cell.
const text = (t: string, x: number, baseline: number, size = 10): TextRun => ({
  text: t,
  left: x,
  right: x + [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size / 2), 0),
  bottom: baseline - size * 0.2,
  top: baseline + size * 0.8,
  size,
});
const values = (baseline: number, cells: string[]): TextRun[] => cells.map((c, i) => text(c, 320 + i * 40, baseline)).filter((r) => r.text !== '');
const layoutOf = (runs: TextRun[]): LayoutBlock[] => assembleBlocks([buildPageBlocks({ page: 1, width: 595, height: 842, runs, segments: [] })]);
const cells = (table: LayoutTable) => table.rows.map((r) => r.cells.map((c) => `${c.col}${c.rowSpan > 1 ? `v${c.rowSpan}` : ''}:${c.text}`));

describe('the text-position table reader', () => {
  it('rebuilds rows, wrapped labels and merged label columns from alignment alone', () => {
    const runs = [
      text('三、收到和处理政府信息公开申请情况', 100, 760, 16),
      text('（一）予以公开', 140, 700),
      ...values(700, ['1', '0', '1']),
      text('（二）部分公开', 140, 676),
      ...values(676, ['0', '0', '0']),
      text('三、本', 100, 658),
      text('年度办', 100, 646),
      text('理结果', 100, 634),
      text('1.属于国家秘密', 190, 652),
      ...values(652, ['0', '', '0']),
      text('（三）', 140, 628),
      text('不予公开', 140, 616),
      text('2.其他法律行政法规', 190, 628),
      text('禁止公开', 190, 616),
      ...values(622, ['2', '0', '2']),
      text('3.危及“三安全一稳定”', 190, 592),
      ...values(592, ['0', '0', '0']),
      text('四、政府信息公开行政复议、行政诉讼情况', 100, 550, 16),
    ];
    const blocks = layoutOf(runs);
    expect(blocks.map((b) => (b.kind === 'table' ? 'table' : b.text))).toEqual(['三、收到和处理政府信息公开申请情况', 'table', '四、政府信息公开行政复议、行政诉讼情况']);
    const table = blocks[1] as LayoutTable;
    expect(cells(table)).toEqual([
      ['0v5:三、本年度办理结果', '1:（一）予以公开', '3:1', '4:0', '5:1'],
      ['1:（二）部分公开', '3:0', '4:0', '5:0'],
      ['1v3:（三）不予公开', '2:1.属于国家秘密', '3:0', '4:', '5:0'],
      ['2:2.其他法律行政法规禁止公开', '3:2', '4:0', '5:2'],
      ['2:3.危及“三安全一稳定”', '3:0', '4:0', '5:0'],
    ]);
    // The blank cell still has a place on the page, the merged label one rectangle per line.
    expect(table.rows[2].cells[3].anchor).toMatchObject({ kind: 'pdf', page: 1 });
    expect(table.rows[0].cells[0].anchor).toMatchObject({ kind: 'pdf', rects: [{}, {}, {}] });
  });

  it('leaves prose with numbers in it alone', () => {
    const blocks = layoutOf([
      text('2020年，我局共收到政府信息公开申请1件，办结1件。', 100, 700, 16),
      text('本年度主动公开政府信息472条，其中规范性文件5件。', 100, 680, 16),
    ]);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });
});
