import { afterEach, describe, expect, it } from 'vitest';
import { nextInSequence, tabSequence } from '../../../../../renderer/features/keyboard/focusOrder';

const shown = () => true;

/** The workspace's panes in their screen order: source | tables | side. */
function workspace(): HTMLElement {
  document.body.innerHTML = `
    <div class="workspace">
      <header class="toolbar"><button id="open">打开</button><button id="more" disabled>更多</button></header>
      <div class="report-bar"><button id="back">报告列表</button></div>
      <p id="status" tabindex="0">导出完成</p>
      <main class="panes">
        <section class="source-pane"><button id="zoom">+</button><div id="scroller" tabindex="0"></div></section>
        <div class="splitter" id="split1" tabindex="0"></div>
        <section class="tables-pane"><table><tr><td id="c1" tabindex="0"></td><td id="c2" tabindex="-1"></td></tr></table></section>
        <div class="splitter" id="split2" tabindex="0"></div>
        <aside class="side-pane"><ul id="list" tabindex="0"></ul><div hidden><button id="gone">x</button></div><select id="status-select"></select></aside>
      </main>
    </div>`;
  return document.querySelector('.workspace')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the workspace Tab order', () => {
  it('goes toolbar → report bar → side pane → tables → source → splitters, skipping disabled, hidden and roving cells', () => {
    const ids = tabSequence(workspace(), shown).map((el) => el.id);
    expect(ids).toEqual(['open', 'back', 'status', 'list', 'status-select', 'c1', 'zoom', 'scroller', 'split1', 'split2']);
  });

  it('moves forwards and backwards with wrapping, and from an element that is no stop continues after the nearest stop before it', () => {
    const seq = tabSequence(workspace(), shown);
    const id = (el: Element | null) => el?.id;
    expect(id(nextInSequence(seq, document.getElementById('status-select'), false))).toBe('c1');
    expect(id(nextInSequence(seq, document.getElementById('c1'), true))).toBe('status-select');
    expect(id(nextInSequence(seq, document.getElementById('split2'), false))).toBe('open');
    expect(id(nextInSequence(seq, document.getElementById('open'), true))).toBe('split2');
    expect(id(nextInSequence(seq, null, false))).toBe('open');
    // c2 is a cell reached by arrows (tabindex -1): Tab goes on as from c1.
    expect(id(nextInSequence(seq, document.getElementById('c2'), false))).toBe('zoom');
  });
});
