import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import DOMPurify from 'dompurify';
import { markPainted } from '../../app/perf';
import type { SourceViewProps } from './SourceView';
import { SourceHeader } from './SourceHeader';
import { rangeInElement } from '../../components/textRange';
import { revealElements } from '../../components/reveal';
import { t } from '../../strings';
import { keysText } from '../keyboard/strings';
import type { Severity } from '../../../shared/model';
import { worseSeverity } from '../../app/highlights';
import { useDomSearch } from '../search/useDomSearch';

const PASSAGE_HIGHLIGHT = 'review-passage';
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const FLAG_CLASSES = SEVERITIES.map((s) => `anchor-flag-${s}`);

/** The CSS Custom Highlight registry, where the browser has it (not in jsdom). */
function highlightRegistry(): Map<string, unknown> | null {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  return registry && typeof Highlight !== 'undefined' ? registry : null;
}

/**
 * What an attribute value may be. DOMPurify tests this pattern against the value of EVERY
 * attribute that is not on its short "URI-safe" list (class, id, alt, title…), not only src/href:
 * a pattern of URLs alone drops `rowspan="20"` and `colspan="2"`, and table 3's merged cells fall
 * apart. So: images inside a Word file as data: URLs, in-page #links, and plain values with no
 * scheme and no slash (numbers, widths, alignments); anything remote or `javascript:` is dropped.
 */
const ALLOWED_VALUE = /^(?:data:image\/(?:png|jpe?g|gif|bmp|webp);|#|[^:/\\]*$)/i;

/** Sanitizes a document's HTML: no scripts, styles or handlers; keeps data-anchor ids and tables. */
export function sanitizeDocumentHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOW_DATA_ATTR: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'link', 'meta'],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOWED_URI_REGEXP: ALLOWED_VALUE,
  });
}

/** Scrolls the pane to the target of an in-page `#name` link (by id or name), inside the document only. */
function followInPageLink(root: HTMLElement | null, pane: HTMLElement | null, href: string): void {
  if (!root || !pane || !href.startsWith('#') || href.length < 2) return;
  let name = href.slice(1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: the name as written
  }
  const target = root.querySelector(`[id="${CSS.escape(name)}"], a[name="${CSS.escape(name)}"]`);
  if (target) revealElements(pane, [target]);
}

/** A Word or HTML file as mammoth's (sanitized) HTML, highlights on the anchored elements. */
export function HtmlView({ html, highlights, flagged, cells, onCellClick, zoom, scrollSeq }: SourceViewProps & { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const safe = useMemo(() => ({ __html: sanitizeDocumentHtml(html) }), [html]);
  const cellById = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of cells) if (c.anchor.kind === 'dom' && !m.has(c.anchor.id)) m.set(c.anchor.id, c.ref);
    return m;
  }, [cells]);

  useEffect(() => markPainted('source'), [safe]);
  useDomSearch(ref, scrollRef, safe);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const el of root.querySelectorAll('[data-anchor]')) {
      const id = el.getAttribute('data-anchor') ?? '';
      el.classList.toggle('anchor-cell', cellById.has(id));
    }
  }, [safe, cellById]);

  // Every flagged cell, faintly in its severity's colour: a whole element by class, a run of
  // characters inside one (digits cut out of a glued row) as a custom highlight.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const el of root.querySelectorAll(FLAG_CLASSES.map((c) => `.${c}`).join(','))) el.classList.remove(...FLAG_CLASSES);
    const whole = new Map<Element, Severity>();
    const ranges = new Map<Severity, Range[]>(SEVERITIES.map((s) => [s, []]));
    for (const { anchor, severity } of flagged ?? []) {
      if (anchor.kind !== 'dom') continue;
      const el = root.querySelector(`[data-anchor="${CSS.escape(anchor.id)}"]`);
      if (!el) continue;
      if (anchor.start !== undefined && anchor.end !== undefined) {
        const range = rangeInElement(el, anchor.start, anchor.end);
        if (range) ranges.get(severity)?.push(range);
      } else whole.set(el, worseSeverity(whole.get(el), severity));
    }
    for (const [el, severity] of whole) el.classList.add(`anchor-flag-${severity}`);
    const registry = highlightRegistry();
    for (const [severity, list] of ranges) {
      if (!registry) break;
      if (list.length > 0) registry.set(`review-flag-${severity}`, new Highlight(...list));
      else registry.delete(`review-flag-${severity}`);
    }
  }, [safe, flagged]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const el of root.querySelectorAll('.anchor-highlight')) el.classList.remove('anchor-highlight');
    const ranges: Range[] = [];
    const lit: Element[] = [];
    for (const a of highlights) {
      if (a.kind !== 'dom') continue;
      const el = root.querySelector(`[data-anchor="${CSS.escape(a.id)}"]`);
      if (!el) continue;
      el.classList.add('anchor-highlight');
      lit.push(el);
      if (a.start !== undefined && a.end !== undefined) {
        const range = rangeInElement(el, a.start, a.end);
        if (range) ranges.push(range);
      }
    }
    // The CSS Custom Highlight API marks a sentence without touching the sanitized DOM.
    const registry = highlightRegistry();
    if (registry) {
      if (ranges.length > 0) registry.set(PASSAGE_HIGHLIGHT, new Highlight(...ranges));
      else registry.delete(PASSAGE_HIGHLIGHT);
    }
    // Only this pane scrolls (both ways: a wide Word table follows sideways), never the window.
    if (scrollRef.current && lit.length > 0) revealElements(scrollRef.current, lit);
  }, [safe, highlights, scrollSeq]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A link in the document never navigates the app (a relative href would replace the
    // workspace): an in-page #link scrolls this pane to its target, anything else does nothing.
    const link = (event.target as Element).closest?.('a[href]');
    if (link) {
      event.preventDefault();
      followInPageLink(ref.current, scrollRef.current, link.getAttribute('href') ?? '');
    }
    const el = (event.target as Element).closest?.('[data-anchor]');
    const cell = el ? cellById.get(el.getAttribute('data-anchor') ?? '') : undefined;
    if (cell) onCellClick(cell);
  };

  return (
    <div className="source-view">
      <SourceHeader>
        <span className="zoom-indicator">{t.source.zoom(Math.round(zoom * 100))}</span>
      </SourceHeader>
      <div className="html-view" data-testid="html-view" data-search-scroller ref={scrollRef} tabIndex={0} aria-label={keysText.sourceScroller}>
        <article
          ref={ref}
          className="document-html"
          style={{ fontSize: `${zoom * 100}%` }}
          onClick={onClick}
          onAuxClick={(event) => {
            if ((event.target as Element).closest?.('a[href]')) event.preventDefault();
          }}
          dangerouslySetInnerHTML={safe}
        />
      </div>
    </div>
  );
}
