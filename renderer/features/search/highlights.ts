import { boxInScroller, revealBox, type ContentBox } from '../../components/reveal';

/** The CSS Custom Highlight registry, where the browser has it (not in jsdom). */
export function highlightRegistry(): Map<string, unknown> | null {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  return registry && typeof Highlight !== 'undefined' ? registry : null;
}

/** Every hit faintly, the current one strongly (styles.css `::highlight(review-search*)`). */
export function paintSearchRanges(ranges: readonly Range[], current: number): void {
  const registry = highlightRegistry();
  if (!registry) return;
  const rest = ranges.filter((_, i) => i !== current);
  if (rest.length > 0) registry.set('review-search', new Highlight(...rest));
  else registry.delete('review-search');
  if (ranges[current]) registry.set('review-search-current', new Highlight(ranges[current]));
  else registry.delete('review-search-current');
}

/** Scrolls only `scroller` so that a box of its content shows: left alone when it already does, else centred. */
export function followBox(scroller: Element, box: ContentBox): void {
  const top = scroller.scrollTop;
  const left = scroller.scrollLeft;
  const inView = box.top >= top && box.top + box.height <= top + scroller.clientHeight && box.left >= left && box.left + box.width <= left + scroller.clientWidth;
  if (!inView) revealBox(scroller, box, 'center');
}

/** Where a Range sits in a scroller's content; null for a Range that shows nothing. */
export function rangeBox(scroller: Element, range: Range): ContentBox | null {
  const r = range.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : boxInScroller(scroller, range);
}
