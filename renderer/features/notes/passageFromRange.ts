import type { Anchor, Rect } from '../../../shared/model';

/** A passage selected in the document pane: its anchor in the source and the words quoted. */
export interface SelectedPassage {
  anchor: Anchor;
  quote: string;
}

/** Characters of `root`'s text before (node, offset). */
function textOffset(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/**
 * Turns a text selection in the document pane into an anchor of the parser's kind:
 * - HTML of a Word file: the `data-anchor` element where it starts, with character offsets;
 * - plain text: character offsets into the whole text;
 * - PDF: the page and the selection's rectangles in PDF points (origin bottom-left).
 * Null when the range is empty or outside a document view.
 */
export function passageFromRange(range: Range): SelectedPassage | null {
  const quote = range.toString().trim();
  if (!quote) return null;
  const start = elementOf(range.startContainer);
  if (!start) return null;

  const anchored = start.closest('[data-anchor]');
  if (anchored && start.closest('.document-html')) {
    const id = anchored.getAttribute('data-anchor') ?? '';
    const from = textOffset(anchored, range.startContainer, range.startOffset);
    const length = anchored.textContent?.length ?? 0;
    const to = anchored.contains(range.endContainer) ? textOffset(anchored, range.endContainer, range.endOffset) : length;
    return { anchor: { kind: 'dom', id, start: from, end: Math.max(from, to) }, quote };
  }

  const pre = start.closest('.document-text');
  if (pre) {
    const from = textOffset(pre, range.startContainer, range.startOffset);
    const to = pre.contains(range.endContainer) ? textOffset(pre, range.endContainer, range.endOffset) : (pre.textContent?.length ?? 0);
    return { anchor: { kind: 'text', start: from, end: Math.max(from, to) }, quote };
  }

  const page = start.closest<HTMLElement>('.pdf-page[data-page]');
  if (page) {
    const scale = Number.parseFloat(page.style.getPropertyValue('--total-scale-factor')) || 1;
    const box = page.getBoundingClientRect();
    const rects: Rect[] = [];
    for (const r of Array.from(range.getClientRects())) {
      if (r.width <= 0 || r.height <= 0) continue;
      // Viewport pixels (origin top-left) to PDF points (origin bottom-left), unrotated page.
      rects.push({
        x: (r.left - box.left) / scale,
        y: (box.height - (r.bottom - box.top)) / scale,
        width: r.width / scale,
        height: r.height / scale,
      });
    }
    if (rects.length === 0) return null;
    return { anchor: { kind: 'pdf', page: Number(page.dataset.page), rects }, quote };
  }
  return null;
}
