/** A rectangle in PDF user space (points, origin at the page's bottom-left as pdf.js reports it). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where something stands in the source file, modelled per format (after zotero/reader):
 * - `pdf`: page number (1-based) and the rectangles it covers, in PDF points;
 * - `dom`: an element of the rendered HTML of a Word or HTML file, found by its `data-anchor` id,
 *   with optional character offsets into that element's text;
 * - `text`: character offsets into a plain-text file (as decoded).
 */
export type Anchor =
  { kind: 'pdf'; page: number; rects: Rect[] } | { kind: 'dom'; id: string; start?: number; end?: number } | { kind: 'text'; start: number; end: number };

/** Narrows an anchor to characters [start, end) of the text it covers. */
export function subAnchor(anchor: Anchor, start: number, end: number, length: number): Anchor {
  switch (anchor.kind) {
    case 'text':
      return { kind: 'text', start: anchor.start + start, end: anchor.start + end };
    case 'dom':
      return { kind: 'dom', id: anchor.id, start: (anchor.start ?? 0) + start, end: (anchor.start ?? 0) + end };
    case 'pdf': {
      // A PDF paragraph has no per-glyph boxes here, so slice the first line proportionally.
      const first = anchor.rects[0];
      if (!first || length <= 0 || anchor.rects.length !== 1) return anchor;
      const x = first.x + (first.width * start) / length;
      const width = (first.width * (end - start)) / length;
      return { kind: 'pdf', page: anchor.page, rects: [{ ...first, x, width }] };
    }
  }
}
