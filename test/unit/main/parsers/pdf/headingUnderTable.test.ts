import { describe, expect, it } from 'vitest';
import { assembleBlocks } from '../../../../../main/parsers/pdf/assemble';
import type { PageGeometry, Segment, TextRun } from '../../../../../main/parsers/pdf/geometry';
import { buildPageBlocks } from '../../../../../main/parsers/pdf/pageBlocks';
import { extractReport } from '../../../../../shared/extract';
import type { LayoutDocument } from '../../../../../shared/model';

// Section 五's heading set on the line right after the note under table 4, flush left and in
// the body's size, so that the paragraph builder runs it on from the note.
const text = (t: string, x: number, baseline: number, size = 16): TextRun => ({
  text: t,
  left: x,
  right: x + [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size / 2), 0),
  bottom: baseline - size * 0.2,
  top: baseline + size * 0.8,
  size,
});
const h = (y: number): Segment => ({ x0: 80, y0: y, x1: 520, y1: y });
const v = (x: number): Segment => ({ x0: x, y0: 660, x1: x, y1: 700 });
const full = '注：本表行政诉讼含未经复议直接起诉和复议后起诉，统计期限同上表。'; // 27 characters, 432 points

function layout(runs: TextRun[], segments: Segment[]): LayoutDocument {
  const page: PageGeometry = { page: 1, width: 595, height: 842, runs, segments };
  return { format: 'pdf', blocks: assembleBlocks([buildPageBlocks(page)]), warnings: [] };
}

describe('a section heading directly under a table', () => {
  const xs = [80, 168, 256, 344, 432, 520];
  const table = {
    runs: [
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t, i) => text(t, xs[i] + 4, 686, 10)),
      ...['0', '0', '0', '0', '0'].map((t, i) => text(t, xs[i] + 40, 666, 10)),
    ],
    segments: [h(700), h(680), h(660), ...xs.map(v)],
  };

  it('is found after a ruled table, run on from the note under it', () => {
    const doc = layout(
      [
        text('四、政府信息公开行政复议、行政诉讼情况', 112, 730),
        ...table.runs,
        text(full, 80, 636),
        text('五、存在的主要问题及改进情况', 80, 612),
        text('一是公开内容不够全面。', 112, 588),
      ],
      table.segments,
    );
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    // The heading is not a paragraph of its own here: it was run on from the note.
    expect(paragraphs).toContain(`${full}五、存在的主要问题及改进情况`);
    const sections = extractReport(doc).sections;
    expect(sections.map((s) => [s.index, s.text])).toEqual([
      [4, '四、政府信息公开行政复议、行政诉讼情况'],
      [5, '五、存在的主要问题及改进情况'],
    ]);
    // Anchored on the heading's own characters, not the whole note.
    expect(sections[1].anchor).toMatchObject({ kind: 'pdf', page: 1 });
  });

  it('stays text under a table without rulings, however close', () => {
    const doc = layout(
      [
        text('二、主动公开政府信息情况', 112, 760),
        text('行政许可', 100, 700, 10),
        text('0', 368, 700, 10),
        text('行政处罚', 100, 686, 10),
        text('0', 368, 686, 10),
        text('五、存在的主要问题及改进情况', 100, 668),
      ],
      [],
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(extractReport(doc).sections.map((s) => s.index)).toEqual([2, 5]);
  });
});
