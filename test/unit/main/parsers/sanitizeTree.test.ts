import { describe, expect, it } from 'vitest';
import { layoutFromHtml } from '../../../../main/parsers/html/layoutFromHtml';

const page = (body: string) => `<html><body>${body}</body></html>`;

describe('main sanitizes document HTML before anchoring it', () => {
  it('drops an incoming data-anchor, so only the reader’s own ids point at the source', () => {
    const { html, layout } = layoutFromHtml(page('<p data-anchor="t0r1c1">诱饵</p><table><tr><td>申请</td><td data-anchor="p0">3</td></tr></table>'), 'html');
    const ids = [...(html ?? '').matchAll(/data-anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['p0', 't0', 't0r0c0', 't0r0c1']);
    expect(layout.blocks.map((b) => b.anchor)).toEqual([
      { kind: 'dom', id: 'p0' },
      { kind: 'dom', id: 't0' },
    ]);
    // The decoy text is anchored as p0 (the reader's id), never as the table's cell.
    expect(html).toContain('<p data-anchor="p0">诱饵</p>');
  });

  it('removes scripts, event handlers, script URLs and every link target', () => {
    const { html } = layoutFromHtml(
      page(
        '<p onclick="x()" onmouseover="y()">正文<a href="../../index.html">链接</a><a href="javascript:alert(1)">二</a><img src="javascript:z()" onerror="w()"></p><script>alert(1)</script><iframe src="x"></iframe><form action="/x"><input></form>',
      ),
      'html',
    );
    expect(html).not.toMatch(/onclick|onmouseover|onerror|href|javascript|<script|<iframe|<form|<input/i);
    expect(html).toContain('链接');
  });
});
