import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { Rect, Severity } from '../../../shared/model';
import { t } from '../../strings';
import { keysText } from '../keyboard/strings';
import { markPainted } from '../../app/perf';
import { loadPdf } from './pdfjs';
import { PdfPage, toViewportBox } from './PdfPage';
import type { SourceViewProps } from './SourceView';
import { SourceHeader } from './SourceHeader';
import { stepZoom } from './zoom';
import { boxInScroller, revealBox, unionBox } from '../../components/reveal';
import { pdfHits, type PdfHit, type PdfPageText, type PdfTextItem } from '../search/pdfSearch';
import { reportSearchCount, useSearch } from '../search/searchStore';
import { followBox } from '../search/highlights';

/** The text items of every page (not only those drawn), read once per document for the search. */
const pageTexts = new WeakMap<PDFDocumentProxy, Promise<PdfPageText[]>>();
function textOf(doc: PDFDocumentProxy): Promise<PdfPageText[]> {
  const known = pageTexts.get(doc);
  if (known) return known;
  const texts = Promise.all(
    Array.from({ length: doc.numPages }, async (_, i): Promise<PdfPageText> => {
      const content = await (await doc.getPage(i + 1)).getTextContent();
      const items: PdfTextItem[] = content.items.filter((item): item is TextItem => 'str' in item);
      return { page: i + 1, items };
    }),
  );
  pageTexts.set(doc, texts);
  return texts;
}

const PAGE_GAP = 12;

function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

/** The PDF as published: every page with pdf.js, zoom, page navigation, highlights over the page. */
export function PdfView({
  bytes,
  highlights,
  flagged,
  cells,
  onCellClick,
  zoom,
  onZoom,
  scrollSeq,
  reviewPending = false,
  pageTurns,
}: SourceViewProps & { bytes: Uint8Array }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<{ doc: PDFDocumentProxy; pages: PDFPageProxy[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(800);
  const [current, setCurrent] = useState(1);
  const [pageText, setPageText] = useState<string | null>(null);
  const { open: searchOpen, query: searchQuery, current: searchCurrent } = useSearch();
  const [hits, setHits] = useState<PdfHit[][]>([]);
  const searchShown = useRef('');

  // Resolved when the first page is drawn (once per document).
  const firstDrawn = useRef<() => void>(() => undefined);
  // Later pages wait for the review as well (see SourceViewProps.reviewPending).
  const pending = useRef(reviewPending);
  const reviewWaiters = useRef<Array<() => void>>([]);
  useEffect(() => {
    pending.current = reviewPending;
    if (!reviewPending) for (const resolve of reviewWaiters.current.splice(0)) resolve();
  }, [reviewPending]);
  useEffect(() => {
    let doc: PDFDocumentProxy | null = null;
    let cancelled = false;
    setPdf(null);
    const drawn = new Promise<void>((resolve) => (firstDrawn.current = resolve));
    loadPdf(bytes)
      .then(async (d) => {
        doc = d;
        // The first page is drawn as soon as it is there; the others follow once it is (each
        // drawn when scrolled to), so that they do not hold it up; a page 1 that cannot be drawn
        // holds them a second at most.
        const first = await d.getPage(1);
        if (cancelled) return;
        setPdf({ doc: d, pages: [first] });
        await Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, 1000))]);
        if (pending.current) await new Promise<void>((resolve) => reviewWaiters.current.push(resolve));
        if (cancelled) return;
        const rest = await Promise.all(Array.from({ length: d.numPages - 1 }, (_, i) => d.getPage(i + 2)));
        if (!cancelled) setPdf({ doc: d, pages: [first, ...rest] });
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

  // Pages the auditor turned with 旋转 (a wide table set sideways on its page), by page number.
  const [turnedByHand, setTurnedByHand] = useState<Record<number, number>>({});
  useEffect(() => setTurnedByHand({}), [bytes]);
  // The page turned stays where the auditor is looking: its height changes, and the pages after it move.
  const keepInView = useRef<number | null>(null);
  const turnCurrentPage = () => {
    keepInView.current = current;
    setTurnedByHand((m) => ({ ...m, [current]: ((m[current] ?? 0) + 90) % 360 }));
  };

  // Zoom 1 fits the page width to the pane. A scanned page the PDF shows sideways or upside down
  // is shown upright (its anchors are in PDF space: the boxes turn with the page).
  const viewports = useMemo(() => {
    if (!pdf) return [];
    return pdf.pages.map((p) => {
      const rotation = (p.rotate + (pageTurns?.[p.pageNumber] ?? 0) + (turnedByHand[p.pageNumber] ?? 0)) % 360;
      const base = p.getViewport({ scale: 1, rotation });
      return p.getViewport({ scale: (Math.max(200, width - 32) / base.width) * zoom, rotation });
    });
  }, [pdf, width, zoom, pageTurns, turnedByHand]);

  const tops = useMemo(() => {
    let y = PAGE_GAP;
    return viewports.map((v) => {
      const top = y;
      y += v.height + PAGE_GAP;
      return top;
    });
  }, [viewports]);

  /** Rectangles of a page, in PDF points, as boxes of the scroller's content. */
  const pageRects = (el: HTMLElement, n: number, rects: Rect[]) => {
    if (n > viewports.length) return [];
    const page = el.querySelector(`[data-page="${n}"]`);
    const at = page ? boxInScroller(el, page) : { top: tops[n - 1], left: 0 };
    return rects.map((r) => {
      const box = toViewportBox(viewports[n - 1], r);
      return { top: at.top + box.top, left: at.left + box.left, width: box.width, height: box.height };
    });
  };

  const rectsByPage = useMemo(() => {
    const m = new Map<number, Rect[]>();
    for (const a of highlights) if (a.kind === 'pdf') m.set(a.page, [...(m.get(a.page) ?? []), ...a.rects]);
    return m;
  }, [highlights]);

  const flagsByPage = useMemo(() => {
    const m = new Map<number, Array<{ rect: Rect; severity: Severity }>>();
    for (const { anchor, severity } of flagged ?? []) {
      if (anchor.kind !== 'pdf') continue;
      const list = m.get(anchor.page) ?? [];
      for (const rect of anchor.rects) list.push({ rect, severity });
      m.set(anchor.page, list);
    }
    return m;
  }, [flagged]);

  // The search: every page's text from pdf.js (pages are drawn lazily, their text is read here
  // for all of them), the hits as boxes over the pages like the finding boxes.
  const doc = pdf?.doc ?? null;
  useEffect(() => {
    const query = searchQuery;
    if (!searchOpen || !query.trim() || !doc) {
      setHits([]);
      if (searchOpen && !query.trim()) reportSearchCount(query, 0);
      return;
    }
    let cancelled = false;
    textOf(doc).then(
      (pages) => {
        if (cancelled) return;
        const found = pdfHits(pages, query);
        setHits(found);
        reportSearchCount(query, found.length);
      },
      () => !cancelled && reportSearchCount(query, 0),
    );
    return () => {
      cancelled = true;
    };
  }, [searchOpen, searchQuery, doc]);

  const hitsByPage = useMemo(() => {
    const m = new Map<number, Array<{ rect: Rect; current: boolean }>>();
    hits.forEach((hit, i) => {
      for (const { page, rects } of hit) {
        const list = m.get(page) ?? [];
        for (const rect of rects) list.push({ rect, current: i === searchCurrent });
        m.set(page, list);
      }
    });
    return m;
  }, [hits, searchCurrent]);

  // The view follows the current hit (both directions, across pages), when the query or the hit changes.
  useEffect(() => {
    const el = scrollRef.current;
    const hit = hits[searchCurrent];
    const key = `${searchQuery}|${searchCurrent}|${hits.length}`;
    if (!el || !hit || viewports.length === 0 || searchShown.current === key) return;
    const box = unionBox(hit.flatMap(({ page, rects }) => pageRects(el, page, rects)));
    if (!box) return;
    searchShown.current = key;
    followBox(el, box);
  }, [hits, searchCurrent, searchQuery, viewports]); // eslint-disable-line react-hooks/exhaustive-deps

  // Bring the highlights into view whenever the selection changes, and again when the page sizes
  // change (pane resized, zoom), in both directions: a page zoomed wider than the pane follows
  // sideways too. Cells of one finding may sit on two pages (a table broken by a page break):
  // centre all of them when they fit, else start at the topmost.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || viewports.length === 0) return;
    const boxes = highlights.flatMap((a) => (a.kind === 'pdf' ? pageRects(el, a.page, a.rects) : []));
    const box = unionBox(boxes);
    if (box) revealBox(el, box);
  }, [scrollSeq, viewports]); // eslint-disable-line react-hooks/exhaustive-deps

  // Fit page: the zoom at which the current page's whole height shows (zoom 1 fits its width).
  const fitPage = () => {
    const el = scrollRef.current;
    const page = pdf?.pages[current - 1];
    if (!el || !page) return 1;
    const base = page.getViewport({ scale: 1, rotation: viewports[current - 1]?.rotation });
    const widthScale = Math.max(200, width - 32) / base.width;
    const heightScale = (el.clientHeight - 2 * PAGE_GAP) / base.height;
    return Math.max(0.25, Math.min(1, heightScale / widthScale));
  };

  const goTo = (page: number) => {
    const p = Math.min(Math.max(1, page), viewports.length);
    scrollRef.current?.scrollTo({ top: tops[p - 1] - PAGE_GAP });
  };

  useEffect(() => {
    const page = keepInView.current;
    keepInView.current = null;
    if (page !== null) goTo(page);
  }, [tops]); // eslint-disable-line react-hooks/exhaustive-deps

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
  const onFirstRendered = useCallback(() => {
    firstDrawn.current();
    markPainted('source');
  }, []);

  if (error)
    return (
      <div className="source-error" role="alert">
        {error}
      </div>
    );
  return (
    <div className="pdf-view">
      <SourceHeader>
        <button type="button" onClick={() => goTo(current - 1)} disabled={current <= 1} title={t.source.previousPage} aria-label={t.source.previousPage}>
          ‹
        </button>
        <input
          className="page-input"
          aria-label={t.source.pageInput}
          data-testid="page-input"
          inputMode="numeric"
          value={pageText ?? String(current)}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setPageText(e.target.value)}
          onBlur={() => setPageText(null)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            const n = Number.parseInt(pageText ?? '', 10);
            if (Number.isFinite(n)) goTo(n);
            setPageText(null);
          }}
        />
        <span className="page-total">/ {pdf?.doc.numPages ?? 0}</span>
        <button type="button" onClick={() => goTo(current + 1)} disabled={current >= viewports.length} title={t.source.nextPage} aria-label={t.source.nextPage}>
          ›
        </button>
        {onZoom && (
          <button type="button" onClick={() => onZoom(stepZoom(zoom, -1))} title={`${t.source.zoomOut}（Ctrl+-）`} aria-label={t.source.zoomOut} data-testid="zoom-out">
            −
          </button>
        )}
        <span className="zoom-indicator">{t.source.zoom(Math.round(zoom * 100))}</span>
        {onZoom && (
          <>
            <button type="button" onClick={() => onZoom(stepZoom(zoom, 1))} title={`${t.source.zoomIn}（Ctrl+=）`} aria-label={t.source.zoomIn} data-testid="zoom-in">
              +
            </button>
            <button type="button" onClick={() => onZoom(1)} title={t.source.fitWidthHint} aria-label={t.source.fitWidth} data-testid="fit-width">
              ↔
            </button>
            <button type="button" onClick={() => onZoom(fitPage())} title={t.source.fitPageHint} aria-label={t.source.fitPage} data-testid="fit-page">
              ▢
            </button>
          </>
        )}
        <button type="button" onClick={turnCurrentPage} disabled={!pdf} title={t.source.turnPageHint} aria-label={t.source.turnPage} data-testid="turn-page">
          ↻
        </button>
      </SourceHeader>
      <div className="pdf-scroll" ref={scrollRef} onScroll={onScroll} data-testid="pdf-scroll" data-search-scroller tabIndex={0} aria-label={keysText.sourceScroller}>
        {!pdf && <div className="source-loading">{t.source.loading}</div>}
        {pdf?.pages.map((page, i) => (
          <PdfPage
            key={page.pageNumber}
            page={page}
            viewport={viewports[i]}
            highlights={rectsByPage.get(page.pageNumber) ?? []}
            flags={flagsByPage.get(page.pageNumber)}
            searchHits={hitsByPage.get(page.pageNumber)}
            onPointClick={(x, y) => onPointClick(page.pageNumber, x, y)}
            onRendered={onFirstRendered}
            textLater={reviewPending}
          />
        ))}
      </div>
    </div>
  );
}
