import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Selection } from './selection';

/** The panes that scroll, by a stable name: each report keeps its own position in each. */
const SCROLLERS: Record<string, string> = {
  source: '[data-testid="pdf-scroll"], [data-testid="html-view"], [data-testid="text-view"]',
  tables: '[data-testid="tables-view"]',
  findings: '.side-content > .findings',
  notes: '.notes-slot',
};

/** How long a restore may wait for a report's panes to fill (a PDF loads its pages first). */
const RESTORE_MS = 4000;
/** Frames the restored positions must hold before the restore ends. */
const STABLE_FRAMES = 8;

type Position = { top: number; left: number };

function scrollerName(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  for (const [name, selector] of Object.entries(SCROLLERS)) if (target.matches(selector)) return name;
  return null;
}

/**
 * What the auditor was looking at, per report, for the session: the selected finding (or cell or
 * passage), the source zoom and every pane's scroll position. Switching reports and back puts all
 * three back; a report seen for the first time starts at the top with nothing selected.
 */
export function useReportMemory(
  activeId: string | null,
  selection: Selection,
  restoreSelection: (s: Selection | null) => void,
): { zoom: number; setZoom(zoom: number): void; stopRestore(): void } {
  const [zooms, setZooms] = useState<Record<string, number>>({});
  const selections = useRef(new Map<string, Selection>());
  const scrolls = useRef(new Map<string, Record<string, Position>>());
  const owner = useRef<string | null>(null);
  const current = useRef(selection);
  const restoring = useRef(false);

  useLayoutEffect(() => {
    current.current = selection;
  }, [selection]);

  // Scroll positions are recorded as they change (a pane is gone by the time a switch is seen),
  // except while a restore is moving them; the auditor's own scrolling ends a restore.
  useEffect(() => {
    const onScroll = (e: Event) => {
      const id = owner.current;
      const name = scrollerName(e.target);
      if (!id || !name || restoring.current) return;
      const el = e.target as Element;
      scrolls.current.set(id, { ...scrolls.current.get(id), [name]: { top: el.scrollTop, left: el.scrollLeft } });
    };
    const stop = () => {
      restoring.current = false;
    };
    document.addEventListener('scroll', onScroll, true);
    for (const type of ['wheel', 'pointerdown', 'keydown'] as const) document.addEventListener(type, stop, true);
    return () => {
      document.removeEventListener('scroll', onScroll, true);
      for (const type of ['wheel', 'pointerdown', 'keydown'] as const) document.removeEventListener(type, stop, true);
    };
  }, []);

  useEffect(() => {
    const previous = owner.current;
    if (previous === activeId) return;
    if (previous) selections.current.set(previous, current.current);
    owner.current = activeId;
    restoreSelection(activeId ? (selections.current.get(activeId) ?? null) : null);
    if (!activeId) return;
    // The panes outlive a switch (one source view for every report): put each back where this
    // report left it, or at the top, every frame until the positions hold (the content may still
    // be loading) or the auditor scrolls.
    const saved = scrolls.current.get(activeId) ?? {};
    const target = Object.fromEntries(Object.keys(SCROLLERS).map((name) => [name, saved[name] ?? { top: 0, left: 0 }]));
    restoring.current = true;
    const start = performance.now();
    let stable = 0;
    const tick = () => {
      if (!restoring.current || owner.current !== activeId) return;
      let held = true;
      for (const [name, pos] of Object.entries(target)) {
        const el = document.querySelector(SCROLLERS[name]);
        if (!el) {
          if (pos.top > 0 || pos.left > 0) held = false;
          continue;
        }
        if (Math.abs(el.scrollTop - pos.top) > 1 || Math.abs(el.scrollLeft - pos.left) > 1) {
          el.scrollTop = pos.top;
          el.scrollLeft = pos.left;
          held = false;
        }
      }
      stable = held ? stable + 1 : 0;
      if (stable >= STABLE_FRAMES || performance.now() - start > RESTORE_MS) {
        restoring.current = false;
        return;
      }
      requestAnimationFrame(tick);
    };
    // Not cancelled on cleanup: a loop ends itself once another report is active.
    requestAnimationFrame(tick);
  }, [activeId, restoreSelection]);

  const setZoom = useCallback(
    (zoom: number) => {
      if (activeId) setZooms((z) => ({ ...z, [activeId]: zoom }));
    },
    [activeId],
  );
  /** Ends the putting back of scroll positions: the report was opened to show something else. */
  const stopRestore = useCallback(() => {
    restoring.current = false;
  }, []);
  return { zoom: (activeId && zooms[activeId]) || 1, setZoom, stopRestore };
}
