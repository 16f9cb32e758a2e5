import { describe, expect, it } from 'vitest';
import { layoutFromHtml } from '../../../../main/parsers/html/layoutFromHtml';
import type { LayoutTable } from '../../../../shared/model';

describe('layoutFromHtml', () => {
  it('places cells on the grid under rowspans and colspans', () => {
    const html =
      '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>0</td></tr>' +
      '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td></tr></table>';
    const table = layoutFromHtml(html, 'docx').layout.blocks[0] as LayoutTable;
    expect(table.rows[1].cells.map((c) => [c.text, c.col])).toEqual([
      ['（三）不予公开', 1],
      ['1.属于国家秘密', 2],
      ['2', 3],
    ]);
  });

  it('marks paragraphs and cells with the ids their anchors name', () => {
    const parsed = layoutFromHtml('<p>一、总体情况</p><table><tr><td>规章</td></tr></table>', 'docx');
    expect(parsed.layout.blocks[0].anchor).toEqual({ kind: 'dom', id: 'p0' });
    expect(parsed.html).toContain('<p data-anchor="p0">一、总体情况</p>');
    expect(parsed.html).toContain('<td data-anchor="t0r0c0">规章</td>');
  });

  it('keeps the lines of a wrapped cell and skips scripts', () => {
    const parsed = layoutFromHtml('<script>x=1</script><table><tr><td><p>结果</p><p>维持</p></td></tr></table>', 'html');
    const table = parsed.layout.blocks[0] as LayoutTable;
    expect(parsed.layout.blocks).toHaveLength(1);
    expect(table.rows[0].cells[0].text).toBe('结果\n维持');
  });

  it('gives loose text beside blocks a paragraph of its own', () => {
    const parsed = layoutFromHtml('<div>落款单位<br><p>正文</p>2021年1月28日</div>', 'html');
    const texts = parsed.layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toEqual(['落款单位', '正文', '2021年1月28日']);
    expect(parsed.html).toMatch(/<span data-anchor="p2">2021年1月28日<\/span>/);
  });
});
