import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../../../../main/parsers';
import { HtmlView, sanitizeDocumentHtml } from '../../../../../renderer/features/source/HtmlView';
import { samplePath } from '../../../../helpers/fixtures';

afterEach(cleanup);

/** The HTML main sends for sample 002's Word file (documents:source), parsed from the real file. */
async function sample002Html(): Promise<string> {
  const path = samplePath('002-huancui-science-2023', 'docx');
  const { parsed } = await parseFile(new Uint8Array(readFileSync(path)), '002.docx');
  return parsed.html!;
}

/** The table cell whose text is exactly `text`. */
function cellWithText(text: string): HTMLTableCellElement {
  const td = [...document.querySelectorAll<HTMLTableCellElement>('.document-html td')].find((c) => c.textContent?.trim() === text);
  if (!td) throw new Error(`no cell ${text}`);
  return td;
}

describe('HtmlView', () => {
  it('keeps the merged cells of table 3 of sample 002 (.docx) through sanitizing and rendering', async () => {
    const html = await sample002Html();
    render(<HtmlView html={html} highlights={[]} cells={[]} onCellClick={vi.fn()} zoom={1} scrollSeq={0} />);
    expect(screen.getByTestId('html-view')).toBeInTheDocument();
    expect(cellWithText('三、本年度办理结果').rowSpan).toBe(20);
    expect(cellWithText('（五）不予处理').rowSpan).toBe(5);
    expect(cellWithText('（四）无法提供').rowSpan).toBe(3);
    expect(cellWithText('（一）予以公开').colSpan).toBe(2);
    expect(cellWithText('申请人情况').colSpan).toBe(7);
    const corner = cellWithText('（本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和）');
    expect([corner.rowSpan, corner.colSpan]).toEqual([3, 3]);
    // Every span main sent is still there, and the data-anchor ids too.
    expect(document.querySelectorAll('.document-html [rowspan]')).toHaveLength((html.match(/rowspan=/g) ?? []).length);
    expect(document.querySelectorAll('.document-html [colspan]')).toHaveLength((html.match(/colspan=/g) ?? []).length);
    expect(document.querySelector('[data-anchor="t1r5c0"]')).toBe(cellWithText('三、本年度办理结果'));
  });

  it('keeps plain attribute values but still drops remote URLs, javascript: and handlers', () => {
    const out = sanitizeDocumentHtml(
      [
        '<table><tr><td rowspan="2" colspan="3" width="50%" align="center" data-anchor="x">a</td></tr></table>',
        '<img src="https://evil.example/p.png" alt="remote"><img src="//evil.example/q.png" alt="schemeless">',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
        '<a href="javascript:alert(1)">js</a><a href="https://gov.cn/">web</a><a href="#p3">here</a>',
        '<p onclick="alert(1)" style="color:red">t</p><script>alert(1)</script>',
      ].join(''),
    );
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const td = doc.querySelector('td')!;
    expect([td.getAttribute('rowspan'), td.getAttribute('colspan'), td.getAttribute('width'), td.getAttribute('align')]).toEqual(['2', '3', '50%', 'center']);
    expect(td.getAttribute('data-anchor')).toBe('x');
    expect([...doc.querySelectorAll('img')].map((i) => [i.alt, i.getAttribute('src')])).toEqual([
      ['remote', null],
      ['schemeless', null],
      ['inline', 'data:image/png;base64,iVBORw0KGgo='],
    ]);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, null, '#p3']);
    const p = doc.querySelector('p')!;
    expect([p.getAttribute('onclick'), p.getAttribute('style')]).toEqual([null, null]);
    expect(doc.querySelector('script')).toBeNull();
  });
});

describe('links inside the document pane (issue 9 item 5)', () => {
  it('never navigate the app: a relative link, an in-page #link and a middle click are all held in the pane', () => {
    // What survives both sanitizers: a relative href (no scheme, no slash) and an in-page #link.
    const html =
      '<p><a href="index.html">相对链接</a></p><p id="p3">第三段</p><p><a href="#p3">跳到第三段</a></p><table><tr><td data-anchor="c1"><a href="x.html">格中链接</a></td></tr></table>';
    const onCellClick = vi.fn();
    render(
      <HtmlView html={html} highlights={[]} cells={[{ ref: 't2.cell', anchor: { kind: 'dom', id: 'c1' } }] as never} onCellClick={onCellClick} zoom={1} scrollSeq={0} />,
    );
    const before = window.location.href;
    const relative = screen.getByText('相对链接');
    expect(relative.closest('a')?.getAttribute('href')).toBe('index.html');
    // fireEvent returns false when the handler called preventDefault: the browser would not follow it.
    expect(fireEvent.click(relative)).toBe(false);
    expect(fireEvent.click(screen.getByText('跳到第三段'))).toBe(false);
    expect(fireEvent(relative, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    // A link inside a table cell still selects the cell, and does not navigate either.
    expect(fireEvent.click(screen.getByText('格中链接'))).toBe(false);
    expect(onCellClick).toHaveBeenCalledWith('t2.cell');
    expect(window.location.href).toBe(before);
    // Plain text is not held: selecting and clicking text behave as usual.
    expect(fireEvent.click(screen.getByText('第三段'))).toBe(true);
  });
});
