import { useEffect, useRef, useState, type RefObject } from 'react';
import { findRanges } from './domSearch';
import { followBox, paintSearchRanges, rangeBox } from './highlights';
import { reportSearchCount, useSearch } from './searchStore';

/**
 * The search in a DOM view (Word/HTML, text): finds the hits under `root` whenever the query or
 * the `content` changes, lights them with the CSS Custom Highlight API (the sanitized DOM is never
 * touched) and scrolls `scroller` — only it — to the current hit when the query or the hit changes.
 */
export function useDomSearch(root: RefObject<Element | null>, scroller: RefObject<Element | null>, content: unknown, options: { hardSpaces?: boolean } = {}): void {
  const { open, query, current } = useSearch();
  const [ranges, setRanges] = useState<Range[]>([]);
  const shown = useRef('');
  const hardSpaces = !!options.hardSpaces;

  useEffect(() => {
    const el = root.current;
    const found = open && query.trim() && el ? findRanges(el, query, { hardSpaces }) : [];
    setRanges(found);
    if (open) reportSearchCount(query, found.length);
  }, [open, query, content, hardSpaces, root]);

  useEffect(() => {
    paintSearchRanges(ranges, current);
    const key = `${query}\u0000${current}\u0000${ranges.length}`;
    const range = ranges[current];
    const el = scroller.current;
    if (!range || !el || shown.current === key) return;
    shown.current = key;
    const box = rangeBox(el, range);
    if (box) followBox(el, box);
  }, [ranges, current, query, scroller]);

  useEffect(() => () => paintSearchRanges([], 0), []);
}
