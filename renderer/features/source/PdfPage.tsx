import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { TextLayer, type PDFPageProxy, type PageViewport } from 'pdfjs-dist';
import type { Rect, Severity } from '../../../shared/model';

/** A rectangle in CSS pixels of the page box. */
export interface PageBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Converts a rectangle in PDF points (origin bottom-left) to CSS pixels of the viewport. */
export function toViewportBox(viewport: PageViewport, r: Rect): PageBox {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([r.x, r.y, r.x + r.width, r.y + r.height]);
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

interface PdfPageProps {
  page: PDFPageProxy;
  viewport: PageViewport;
  /** Rectangles to draw over the page, in PDF points. */
  highlights: Rect[];
  /** Flagged cells, in PDF points, marked faintly in their severity's colour. */
  flags?: Array<{ rect: Rect; severity: Severity }>;
  /** Hits of the source search, in PDF points: all faintly, the current one strongly. */
  searchHits?: Array<{ rect: Rect; current: boolean }>;
  /** Called with the PDF-point coordinates of a click. */
  onPointClick(x: number, y: number): void;
  onRendered?(): void;
  /** Leave the text layer for later (the review is still being read: see SourceViewProps.reviewPending). */
  textLater?: boolean;
}

/** One PDF page: canvas, text layer and highlight overlay; drawn when it comes into view. */
export function PdfPage({ page, viewport, highlights, flags, searchHits, onPointClick, onRendered, textLater = false }: PdfPageProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  // The viewport the canvas was last drawn at (a zoom clears the canvas until it is drawn again).
  const [drawn, setDrawn] = useState<PageViewport | null>(null);
  // The viewport whose drawing has ended, drawn or failed: the text layer is laid after it.
  const [settled, setSettled] = useState<PageViewport | null>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof IntersectionObserver === 'undefined') return setVisible(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      rootMargin: '600px 0px',
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const text = textRef.current;
    if (!visible || !canvas || !text) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    text.replaceChildren();
    let cancelled = false;
    task.promise.then(
      () => {
        if (cancelled) return;
        setDrawn(viewport);
        setSettled(viewport);
        onRendered?.();
      },
      () => !cancelled && setSettled(viewport),
    );
    return () => {
      cancelled = true;
      task.cancel();
    };
  }, [visible, page, viewport, onRendered]);

  // The text layer (selection, the search's spans) once the page is drawn: what the auditor sees
  // first is the page, and a PDF drawn while it is reviewed shares the cores with its review.
  useEffect(() => {
    const text = textRef.current;
    if (!text || settled !== viewport || textLater) return;
    text.replaceChildren();
    const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport });
    void textLayer.render().catch(() => undefined);
    return () => textLayer.cancel();
  }, [page, viewport, settled, textLater]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const [x, y] = viewport.convertToPdfPoint(event.clientX - rect.left, event.clientY - rect.top);
    onPointClick(x, y);
  };

  return (
    <div
      ref={boxRef}
      className="pdf-page"
      data-page={page.pageNumber}
      data-drawn={drawn === viewport ? 'true' : undefined}
      style={{ width: viewport.width, height: viewport.height, ['--total-scale-factor' as string]: viewport.scale }}
      onClick={onClick}
    >
      <canvas ref={canvasRef} style={{ width: viewport.width, height: viewport.height }} />
      <div ref={textRef} className="textLayer" />
      {flags?.map(({ rect, severity }, i) => {
        const b = toViewportBox(viewport, rect);
        const pad = 2;
        const style = { left: b.left - pad, top: b.top - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
        return <div key={`f${i}`} className={`pdf-flag flag-${severity}`} data-testid="pdf-flag" style={style} />;
      })}
      {searchHits?.map(({ rect, current }, i) => {
        const b = toViewportBox(viewport, rect);
        const pad = 1;
        const style = { left: b.left - pad, top: b.top - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
        return (
          <div
            key={`s${i}`}
            className={current ? 'pdf-search-hit current' : 'pdf-search-hit'}
            data-testid={current ? 'pdf-search-current' : 'pdf-search-hit'}
            style={style}
          />
        );
      })}
      {highlights.map((r, i) => {
        // A little margin, so that a one-digit cell is still easy to see.
        const b = toViewportBox(viewport, r);
        const pad = 3;
        const style = { left: b.left - pad, top: b.top - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
        return <div key={i} className="pdf-highlight" data-testid="pdf-highlight" style={style} />;
      })}
    </div>
  );
}
