import type { Anchor } from '../../../shared/model';
import { rangeInElement } from '../../components/textRange';

const CLASS = 'has-note';
const OVERLAY = 'note-passage-overlay';
const HIGHLIGHT = 'review-note';

/** Whether a node is one of the overlays painted here (so that observers can ignore them). */
export function isMarkerOverlay(node: Node): boolean {
  return node instanceof Element && node.classList.contains(OVERLAY);
}

/**
 * Marks annotated passages inside the document pane `root`: the anchored element of a Word/HTML
 * passage gets `has-note`, the words themselves a CSS custom highlight (where supported), and a
 * PDF passage an outlined box over its rectangles. Idempotent: clears the old marks first.
 */
export function paintPassageMarkers(root: Element, anchors: readonly Anchor[]): void {
  for (const el of root.querySelectorAll(`.${CLASS}`)) el.classList.remove(CLASS);
  for (const el of root.querySelectorAll(`.${OVERLAY}`)) el.remove();
  const ranges: Range[] = [];
  for (const a of anchors) {
    if (a.kind === 'dom') {
      const el = root.querySelector(`.document-html [data-anchor="${CSS.escape(a.id)}"]`);
      if (!el) continue;
      el.classList.add(CLASS);
      const r = a.start !== undefined && a.end !== undefined ? rangeInElement(el, a.start, a.end) : null;
      if (r) ranges.push(r);
    } else if (a.kind === 'text') {
      const pre = root.querySelector('.document-text');
      const r = pre ? rangeInElement(pre, a.start, a.end) : null;
      if (r) ranges.push(r);
    } else {
      const page = root.querySelector<HTMLElement>(`.pdf-page[data-page="${a.page}"]`);
      if (!page) continue;
      const scale = Number.parseFloat(page.style.getPropertyValue('--total-scale-factor')) || 1;
      const height = page.getBoundingClientRect().height || Number.parseFloat(page.style.height) || 0;
      for (const rect of a.rects) {
        const box = document.createElement('div');
        box.className = OVERLAY;
        box.dataset.testid = 'note-passage-overlay';
        Object.assign(box.style, {
          position: 'absolute',
          left: `${rect.x * scale}px`,
          top: `${height - (rect.y + rect.height) * scale}px`,
          width: `${rect.width * scale}px`,
          height: `${rect.height * scale}px`,
          pointerEvents: 'none',
        });
        page.append(box);
      }
    }
  }
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (registry && typeof Highlight !== 'undefined') {
    if (ranges.length > 0) registry.set(HIGHLIGHT, new Highlight(...ranges));
    else registry.delete(HIGHLIGHT);
  }
}
