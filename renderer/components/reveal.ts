/** A box in the coordinates of a scroller's content (scrollTop/scrollLeft space). */
export interface ContentBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where an element (or a text Range) sits inside a scroller's content, whatever lies between them. */
export function boxInScroller(scroller: Element, el: Pick<Element, 'getBoundingClientRect'>): ContentBox {
  const s = scroller.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return {
    top: r.top - s.top - scroller.clientTop + scroller.scrollTop,
    left: r.left - s.left - scroller.clientLeft + scroller.scrollLeft,
    width: r.width,
    height: r.height,
  };
}

/** The smallest box holding all the given boxes. */
export function unionBox(boxes: ContentBox[]): ContentBox | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * Scrolls one scroller, and only it, so that a box of its content is visible: centred when it
 * fits, else its start at a fifth of the view; left alone on an axis where it is already in full
 * view and `mode` is 'nearest'. Unlike Element.scrollIntoView this never scrolls an ancestor, so
 * the window and the other panes stay where they are. `inset` is space on the left kept clear
 * (sticky row labels). Both axes: a wide table or a zoomed page follows sideways too.
 */
export function revealBox(scroller: Element, box: ContentBox, mode: 'center' | 'nearest' = 'center', inset = { left: 0, top: 0 }): void {
  const axis = (start: number, size: number, scroll: number, view: number, clear: number): number => {
    const from = scroll + clear;
    const span = view - clear;
    if (span <= 0) return scroll;
    const inView = start >= from && start + size <= from + span;
    if (mode === 'nearest' && inView) return scroll;
    if (size <= span * 0.9) {
      if (mode === 'nearest') return start < from ? start - clear - 8 : start + size - view + 8;
      return start + size / 2 - clear - span / 2;
    }
    return start - clear - span / 5;
  };
  const top = axis(box.top, box.height, scroller.scrollTop, scroller.clientHeight, inset.top);
  const left = axis(box.left, box.width, scroller.scrollLeft, scroller.clientWidth, inset.left);
  const maxTop = scroller.scrollHeight - scroller.clientHeight;
  const maxLeft = scroller.scrollWidth - scroller.clientWidth;
  scroller.scrollTop = Math.max(0, Math.min(maxTop, Math.round(top)));
  scroller.scrollLeft = Math.max(0, Math.min(maxLeft, Math.round(left)));
}

/** Reveals elements inside a scroller (see revealBox). */
export function revealElements(scroller: Element, els: Element[], mode: 'center' | 'nearest' = 'center', inset = { left: 0, top: 0 }): void {
  const box = unionBox(els.map((el) => boxInScroller(scroller, el)));
  if (box) revealBox(scroller, box, mode, inset);
}
