import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { Rect } from '../../../shared/model';
import { t } from '../../strings';
import { markPainted } from '../../app/perf';
import { loadPdf } from './pdfjs';
import { PdfPage, toViewportBox } from './PdfPage';
import type { SourceViewProps } from './SourceView';
import { SourceHeader } from './SourceHeader';
import { boxInScroller, revealBox, unionBox } from '../../components/reveal';

const PAGE_GAP = 12;

function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

/** The PDF as published: every page with pdf.js, zoom, page navigation, highlights over the page. */
export function PdfView({ bytes, highlights, cells, onCellClick, zoom, scrollSeq }: SourceViewProps & { bytes: Uint8Array }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<{ doc: PDFDocumentProxy; pages: PDFPageProxy[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(800);
  const [current, setCurrent] = useState(1);

  useEffect(() => {
    let doc: PDFDocumentProxy | null = null;
    let cancelled = false;
    setPdf(null);
    loadPdf(bytes)
      .then(async (d) => {
        doc = d;
        const pages = await Promise.all(Array.from({ length: d.numPages }, (_, i) => d.getPage(i + 1)));
        if (!cancelled) setPdf({ doc: d, pages });
      })
      .catch((e: unknown) => !cancelled && setError(`${t.errors.pdfRender}：${String((e as Error)?.message ?? e)}`));
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  // Zoom 1 fits the page width to the pane.
  const viewports = useMemo(() => {
    if (!pdf) return [];
    return pdf.pages.map((p) => {
      const base = p.getViewport({ scale: 1 });
      return p.getViewport({ scale: (Math.max(200, width - 32) / base.width) * zoom });
    });
  }, [pdf, width, zoom]);

  const tops = useMemo(() => {
    let y = PAGE_GAP;
    return viewports.map((v) => {
      const top = y;
      y += v.height + PAGE_GAP;
      return top;
    });
  }, [viewports]);

  const rectsByPage = useMemo(() => {
    const m = new Map<number, Rect[]>();
    for (const a of highlights) if (a.kind === 'pdf') m.set(a.page, [...(m.get(a.page) ?? []), ...a.rects]);
    return m;
  }, [highlights]);

  // Bring the highlights into view whenever the selection changes, and again when the page sizes
  // change (pane resized, zoom), in both directions: a page zoomed wider than the pane follows
  // sideways too. Cells of one finding may sit on two pages (a table broken by a page break):
  // centre all of them when they fit, else start at the topmost.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || viewports.length === 0) return;
    const pageBox = (n: number) => {
      const page = el.querySelector(`[data-page="${n}"]`);
      return page ? boxInScroller(el, page) : { top: tops[n - 1], left: 0 };
    };
    const boxes = highlights.flatMap((a) => {
      if (a.kind !== 'pdf' || a.page > viewports.length) return [];
      const at = pageBox(a.page);
      return a.rects.map((r) => {
        const box = toViewportBox(viewports[a.page - 1], r);
        return { top: at.top + box.top, left: at.left + box.left, width: box.width, height: box.height };
      });
    });
    const box = unionBox(boxes);
    if (box) revealBox(el, box);
  }, [scrollSeq, viewports]); // eslint-disable-line react-hooks/exhaustive-deps

  const goTo = (page: number) => {
    const p = Math.min(Math.max(1, page), viewports.length);
    scrollRef.current?.scrollTo({ top: tops[p - 1] - PAGE_GAP });
  };

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const mid = el.scrollTop + el.clientHeight / 3;
    const index = tops.findIndex((top, i) => mid >= top && mid < top + viewports[i].height + PAGE_GAP);
    if (index >= 0) setCurrent(index + 1);
  };

  const onPointClick = useCallback(
    (page: number, x: number, y: number) => {
      const hit = cells.find((c) => c.anchor.kind === 'pdf' && c.anchor.page === page && c.anchor.rects.some((r) => contains(r, x, y)));
      if (hit) onCellClick(hit.ref);
    },
    [cells, onCellClick],
  );
  // The first page drawn, wherever the view was scrolled to, is the pane's first paint.
  const onFirstRendered = useCallback(() => markPainted('source'), []);

  if (error) return <div className="source-error" role="alert">{error}</div>;
  return (
    <div className="pdf-view">
      <SourceHeader>
        <button type="button" onClick={() => goTo(current - 1)} disabled={current <= 1}>{t.source.previousPage}</button>
        <span className="page-indicator">{t.source.page(current, viewports.length || 0)}</span>
        <button type="button" onClick={() => goTo(current + 1)} disabled={current >= viewports.length}>{t.source.nextPage}</button>
        <span className="zoom-indicator">{t.source.zoom(Math.round(zoom * 100))}</span>
      </SourceHeader>
      <div className="pdf-scroll" ref={scrollRef} onScroll={onScroll} data-testid="pdf-scroll">
        {!pdf && <div className="source-loading">{t.source.loading}</div>}
        {pdf?.pages.map((page, i) => (
          <PdfPage
            key={page.pageNumber}
            page={page}
            viewport={viewports[i]}
            highlights={rectsByPage.get(page.pageNumber) ?? []}
            onPointClick={(x, y) => onPointClick(page.pageNumber, x, y)}
            onRendered={onFirstRendered}
          />
        ))}
      </div>
    </div>
  );
}
