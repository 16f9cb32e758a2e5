import { useEffect, useRef } from 'react';
import { isMarkerOverlay, paintPassageMarkers } from './paintPassageMarkers';
import { useMarkers } from './useMarkers';

/**
 * Marks the annotated passages of the active report in the document pane (`within`), and again
 * whenever the pane's content changes (pages drawn lazily, another document shown).
 */
export function PassageMarkers({ within = '.source-pane' }: { within?: string }) {
  const { passages } = useMarkers();
  const latest = useRef(passages);
  latest.current = passages;

  useEffect(() => {
    const root = document.querySelector(within);
    if (!root) return;
    let frame = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        paintPassageMarkers(
          root,
          latest.current.map((p) => p.anchor),
        ),
      );
    };
    paint();
    const observer = new MutationObserver((records) => {
      const foreign = records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => !isMarkerOverlay(n)));
      if (foreign) paint();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [within, passages]);

  return null;
}
