import { afterEach, describe, expect, it } from 'vitest';
import { passageFromRange } from '../../../../../renderer/features/notes/passageFromRange';
import { paintPassageMarkers } from '../../../../../renderer/features/notes/paintPassageMarkers';

afterEach(() => document.body.replaceChildren());

function rangeOver(node: Node, start: number, endNode: Node, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  return r;
}

describe('passages from a text selection', () => {
  it('anchors a selection in a Word document to its data-anchor element and offsets', () => {
    document.body.innerHTML = '<div class="source-pane"><article class="document-html"><p data-anchor="p7">本年度<b>收到信息公开申请1件</b>。</p></article></div>';
    const bold = document.querySelector('b')!.firstChild!;
    const passage = passageFromRange(rangeOver(bold, 0, bold, 9));
    expect(passage).toEqual({ anchor: { kind: 'dom', id: 'p7', start: 3, end: 12 }, quote: '收到信息公开申请1' });
  });

  it('anchors a selection in a plain-text report to offsets into the whole text', () => {
    document.body.innerHTML = '<pre class="document-text">第一行\n<span>行政复议0件</span>，行政诉讼0件</pre>';
    const span = document.querySelector('span')!.firstChild!;
    const tail = document.querySelector('pre')!.lastChild!;
    expect(passageFromRange(rangeOver(span, 0, tail, 7))).toEqual({
      anchor: { kind: 'text', start: 4, end: 17 },
      quote: '行政复议0件，行政诉讼0件',
    });
  });

  it('ignores an empty selection and text outside a document view', () => {
    document.body.innerHTML = '<p>面板文字</p>';
    const t = document.querySelector('p')!.firstChild!;
    expect(passageFromRange(rangeOver(t, 0, t, 2))).toBeNull();
    expect(passageFromRange(rangeOver(t, 1, t, 1))).toBeNull();
  });

  it('marks an annotated Word passage and clears the mark when its note is gone', () => {
    document.body.innerHTML = '<div class="source-pane"><article class="document-html"><p data-anchor="p7">收到申请1件</p></article></div>';
    const root = document.querySelector('.source-pane')!;
    paintPassageMarkers(root, [{ kind: 'dom', id: 'p7', start: 0, end: 2 }]);
    expect(document.querySelector('[data-anchor="p7"]')).toHaveClass('has-note');
    paintPassageMarkers(root, []);
    expect(document.querySelector('[data-anchor="p7"]')).not.toHaveClass('has-note');
  });
});
