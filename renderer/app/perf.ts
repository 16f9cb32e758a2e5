/**
 * Performance marks for "time from opening a file to the first paint of both panes": the e2e
 * suite reads them. `open:start` when the auditor asks to open, `paint:<pane>` once per open
 * after the browser has painted the pane's first content.
 */
const painted = new Set<string>();

/** Marks the start of an open. */
export function markOpenStart(): void {
  painted.clear();
  performance.clearMarks();
  performance.mark('open:start');
}

/** Marks the first paint of a pane after the last open (after the next frame is drawn). */
export function markPainted(pane: 'source' | 'tables'): void {
  if (painted.has(pane)) return;
  painted.add(pane);
  requestAnimationFrame(() => setTimeout(() => performance.mark(`paint:${pane}`), 0));
}
