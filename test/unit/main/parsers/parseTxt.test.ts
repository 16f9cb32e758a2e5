import { describe, expect, it } from 'vitest';
import { parseTxt } from '../../../../main/parsers/txt/parseTxt';
import type { LayoutParagraph, LayoutTable } from '../../../../shared/model';

const parse = (text: string) => parseTxt(new TextEncoder().encode(text));
const paragraphs = (text: string) => parse(text).layout.blocks.filter((b): b is LayoutParagraph => b.kind === 'paragraph');
const tables = (text: string) => parse(text).layout.blocks.filter((b): b is LayoutTable => b.kind === 'table');

describe('parseTxt', () => {
  it('reads one cell per line, rows parted by blank lines', () => {
    const [table] = tables('标题\n\t规章\n\t0\n\t1\n\n\t规范性文件\n\t\u00a0\n\t5\n\n正文');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['规章', '0', '1'],
      ['规范性文件', '\u00a0', '5'],
    ]);
  });

  it('reads tab-separated rows, dropping trailing padding but keeping leading empty cells', () => {
    const [table] = tables('规章\t0\t0\t0\t\n\t\t1. 属于国家秘密\t0\n');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['规章', '0', '0', '0'],
      ['', '', '1. 属于国家秘密', '0'],
    ]);
    expect(table.rows[1].cells[2].col).toBe(2);
  });

  it('reads one cell per line with no mark as rows: a label line takes the values below it, empty lines between them', () => {
    const text = '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n规章\n0\n\n-7\n11522.96\n规范性文件\n5\n—\n20\n';
    const found = paragraphs(text);
    expect(found.map((p) => p.text)).toEqual(['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '规章\n0\n\n-7\n11522.96', '规范性文件\n5\n—\n20']);
    // The row's paragraph is the text as it stands, so each value keeps its own offsets.
    for (const p of found) {
      if (p.anchor.kind !== 'text') throw new Error('not a text anchor');
      expect(text.slice(p.anchor.start, p.anchor.end)).toBe(p.text);
    }
  });

  it('leaves a lone number below a sentence, below a row written on one line, and runs of digits as they stand', () => {
    const found = paragraphs('全部提案已按时办结。\n3\n规章 0 0 0\n4\n（三）不予公开0000000\n0000000\n0000000\n');
    expect(found.map((p) => p.text)).toEqual(['全部提案已按时办结。', '3', '规章 0 0 0', '4', '（三）不予公开0000000', '0000000', '0000000']);
  });

  it('anchors cells and paragraphs by character offsets into the decoded text', () => {
    const parsed = parse('一、总体情况\r\n规章\t7\n');
    const [paragraph, table] = parsed.layout.blocks;
    expect(paragraph.anchor).toEqual({ kind: 'text', start: 0, end: 6 });
    const cell = (table as LayoutTable).rows[0].cells[1];
    if (cell.anchor.kind !== 'text') throw new Error('not a text anchor');
    expect(parsed.text?.slice(cell.anchor.start, cell.anchor.end)).toBe('7');
  });
});
