import { findMatches, type TextMatch, type TextPiece } from './textSearch';

const CELL = 'td, th';

/**
 * The text nodes under `root` as search pieces. A table cell is a place of its own (no match
 * runs from one cell into the next); paragraphs and line breaks join, like the PDF's lines.
 */
export function domPieces(root: Element): { pieces: TextPiece[]; nodes: Text[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: TextPiece[] = [];
  const nodes: Text[] = [];
  let prevCell: Element | null | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text) continue;
    const cell = node.parentElement?.closest(CELL) ?? null;
    const blank = !text.trim();
    pieces.push({ text, breakBefore: !blank && prevCell !== undefined && cell !== prevCell && (cell !== null || prevCell !== null) });
    nodes.push(node as Text);
    if (!blank) prevCell = cell;
  }
  return { pieces, nodes };
}

/** A DOM Range over one match. */
export function matchRange(nodes: readonly Text[], match: TextMatch): Range | null {
  const first = match[0];
  const last = match[match.length - 1];
  if (!first || !last) return null;
  const range = nodes[first.piece].ownerDocument.createRange();
  range.setStart(nodes[first.piece], first.start);
  range.setEnd(nodes[last.piece], last.end);
  return range;
}

/** Every match of `query` in the text under `root`, as DOM Ranges. */
export function findRanges(root: Element, query: string, options: { hardSpaces?: boolean } = {}): Range[] {
  const { pieces, nodes } = domPieces(root);
  return findMatches(pieces, query, options)
    .map((m) => matchRange(nodes, m))
    .filter((r): r is Range => r !== null);
}
