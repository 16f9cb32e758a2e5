import render from 'dom-serializer';
import { Element } from 'domhandler';
import type { ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { assignGridColumns } from '../../../shared/lib/grid';
import type { LayoutBlock, LayoutCell, LayoutRow, SourceFormat } from '../../../shared/model';
import type { ParsedDocument } from '../types';
import { sanitizeTree } from './sanitizeTree';

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'center',
  'body',
  'html',
  'header',
  'footer',
  'font',
  'span',
  'form',
  'dl',
  'dd',
  'dt',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'head', 'template', 'iframe', 'object', 'svg', 'title', 'meta', 'link']);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Text of a node with `<br>` and block ends as line breaks, so wrapped labels keep their lines. */
function cellText(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || SKIP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  const inner = node.children.map(cellText).join('');
  return node.name === 'p' || node.name === 'div' ? `${inner}\n` : inner;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (c.name === 'table' || (BLOCK.has(c.name) && c.name !== 'span' && c.name !== 'font' && hasText(c))));
}

function hasText(node: ChildNode): boolean {
  return textContent(node).replace(/[\s\u00a0\u3000]/gu, '') !== '';
}

/** Rows of a table, not of tables nested inside its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function span(el: Element, name: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
}

/**
 * Turns HTML (mammoth's output for a .docx, or a saved web page) into layout blocks, and marks
 * every paragraph, table and cell with a `data-anchor` id so that the renderer, showing the same
 * HTML, can find what an anchor points at.
 */
export function layoutFromHtml(html: string, format: SourceFormat): ParsedDocument {
  const doc = parseDocument(html, { decodeEntities: true });
  sanitizeTree(doc, format === 'docx' ? 'Word 文档' : '网页');
  const blocks: LayoutBlock[] = [];
  let paragraphs = 0;
  let tables = 0;

  const addParagraph = (el: Element, text: string) => {
    const id = `p${paragraphs++}`;
    el.attribs['data-anchor'] = id;
    blocks.push({ kind: 'paragraph', text, anchor: { kind: 'dom', id } });
  };

  const addTable = (table: Element) => {
    const t = tables++;
    table.attribs['data-anchor'] = `t${t}`;
    const rawRows = ownRows(table).map((tr, r) =>
      tr.children
        .filter(isElement)
        .filter((c) => c.name === 'td' || c.name === 'th')
        .map((td, c) => {
          const id = `t${t}r${r}c${c}`;
          td.attribs['data-anchor'] = id;
          return {
            text: cellText(td).replace(/\n+$/, ''),
            rowSpan: span(td, 'rowspan'),
            colSpan: span(td, 'colspan'),
            anchor: { kind: 'dom' as const, id },
          };
        }),
    );
    const rows: LayoutRow[] = assignGridColumns(rawRows).map((cells) => ({ cells: cells as LayoutCell[] }));
    blocks.push({ kind: 'table', rows, anchor: { kind: 'dom', id: `t${t}` } });
  };

  /** Inline text standing beside blocks: wrap it in a span so it can carry an anchor id too. */
  const wrapLoose = (loose: ChildNode[]) => {
    const text = loose.map(cellText).join('').trim();
    if (!text || loose.length === 0) return;
    const parent = loose[0].parent;
    if (!parent) return;
    const wrapper = new Element('span', {});
    const at = parent.children.indexOf(loose[0]);
    parent.children.splice(at, loose.length, wrapper);
    wrapper.parent = parent;
    wrapper.children = loose;
    for (const node of loose) node.parent = wrapper;
    addParagraph(wrapper, text);
  };

  const walk = (nodes: ChildNode[]) => {
    let loose: ChildNode[] = [];
    for (const node of [...nodes]) {
      const inline = !isElement(node) || (!SKIP.has(node.name) && node.name !== 'table' && !BLOCK.has(node.name));
      if (inline && !(isElement(node) && node.name === 'br')) {
        loose.push(node);
        continue;
      }
      wrapLoose(loose);
      loose = [];
      if (!isElement(node) || SKIP.has(node.name) || node.name === 'br') continue;
      if (node.name === 'table') addTable(node);
      else if (hasBlockChild(node)) walk(node.children);
      else {
        const text = cellText(node).trim();
        if (text) addParagraph(node, text);
      }
    }
    wrapLoose(loose);
  };
  walk(doc.children);
  return { layout: { format, blocks, warnings: [] }, html: render(doc, { encodeEntities: 'utf8' }) };
}
