/**
 * The Tab order of the workspace: toolbar → report list (or the bar of the open report) →
 * findings and notes → tables → source. The panes stand source | tables | side on screen, but an
 * auditor works from the findings outwards, so Tab visits them in that order; inside each region
 * the order is the DOM's. Lists and grids are one Tab stop each (roving tabindex), so a few Tabs
 * reach any pane.
 */

/** The regions in Tab order, each as the selector of its root. */
export const FOCUS_REGIONS: readonly string[] = [
  'header.toolbar',
  '.report-bar, .batch-list, .empty-state',
  '.side-pane',
  '.tables-pane',
  '.source-pane',
  // The bars between the panes resize them: layout tools, after the content.
  '.splitter',
];

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], summary, [contenteditable="true"]';

/** Whether an element takes part in sequential focus: focusable, enabled, shown, not inert. */
export function isTabbable(el: HTMLElement, isVisible: (el: HTMLElement) => boolean = (e) => e.getClientRects().length > 0): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  // A radio group is one stop: its checked button, or the first when none is.
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    const group = [...(el.form ?? el.ownerDocument).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
    const checked = group.find((r) => r.checked);
    if (checked ? checked !== el : group[0] !== el) return false;
  }
  return isVisible(el);
}

/** The tabbable elements under `root`, in workspace Tab order (regions first, then DOM order). */
export function tabSequence(root: ParentNode, isVisible?: (el: HTMLElement) => boolean): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => isTabbable(el, isVisible));
  // An element outside every region keeps its place after the region before it.
  let last = -1;
  const ranked = all.map((el, i) => {
    const region = FOCUS_REGIONS.findIndex((sel) => el.closest(sel));
    if (region >= 0) last = region;
    return { el, rank: region >= 0 ? region : last, i };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.map((r) => r.el);
}

/** Where Tab (or Shift+Tab) goes from `current` in `sequence`, wrapping at the ends. */
export function nextInSequence(sequence: HTMLElement[], current: Element | null, backwards: boolean): HTMLElement | null {
  if (sequence.length === 0) return null;
  let i = current ? sequence.indexOf(current as HTMLElement) : -1;
  if (i < 0 && current) {
    // Focus on something that is not a stop itself (a scrolled-to cell's cousin, a clicked
    // paragraph): continue from the nearest stop before it in the document.
    const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    let anchor: HTMLElement | null = null;
    for (const el of sequence) if (follows(el, current) && (!anchor || follows(anchor, el))) anchor = el;
    i = anchor ? sequence.indexOf(anchor) : -1;
    if (i >= 0 && backwards) i += 1;
  }
  if (i < 0) return backwards ? sequence[sequence.length - 1] : sequence[0];
  return sequence[(i + (backwards ? -1 : 1) + sequence.length) % sequence.length];
}
