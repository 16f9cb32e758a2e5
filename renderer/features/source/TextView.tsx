import { useEffect, useMemo, useRef } from 'react';
import { markPainted } from '../../app/perf';
import type { SourceViewProps } from './SourceView';
import { revealElements } from '../../components/reveal';
import { t } from '../../strings';
import { keysText } from '../keyboard/strings';
import { SourceHeader } from './SourceHeader';
import type { Severity } from '../../../shared/model';
import { worseSeverity } from '../../app/highlights';
import { useDomSearch } from '../search/useDomSearch';

interface Segment {
  start: number;
  end: number;
  cell: string | null;
  highlighted: boolean;
  /** The worst severity of the flagged cells this segment lies in. */
  flag: Severity | null;
}

/** Cuts the text at every cell and highlight boundary. */
function segments(text: string, cells: SourceViewProps['cells'], highlights: SourceViewProps['highlights'], flagged: SourceViewProps['flagged'] = []): Segment[] {
  const cuts = new Set([0, text.length]);
  const cellRanges = cells.flatMap((c) => (c.anchor.kind === 'text' ? [{ ...c.anchor, ref: c.ref }] : []));
  const marks = highlights.flatMap((a) => (a.kind === 'text' ? [a] : []));
  const flags = flagged.flatMap((f) => (f.anchor.kind === 'text' ? [{ ...f.anchor, severity: f.severity }] : []));
  for (const r of [...cellRanges, ...marks, ...flags]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const cell = cellRanges.find((r) => r.start <= start && r.end >= end)?.ref ?? null;
    let flag: Severity | null = null;
    for (const f of flags) if (f.start <= start && f.end >= end && f.end > f.start) flag = worseSeverity(flag ?? undefined, f.severity);
    out.push({ start, end, cell, highlighted: marks.some((m) => m.start <= start && m.end >= end && m.end > m.start), flag });
  }
  return out;
}

/** A plain-text report: the decoded text, with its cells clickable and highlights marked. */
export function TextView({ text, highlights, flagged, cells, onCellClick, zoom, scrollSeq }: SourceViewProps & { text: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => segments(text, cells, highlights, flagged), [text, cells, highlights, flagged]);

  useEffect(() => markPainted('source'), [text]);
  // A plain-text table's columns stand apart by tabs or several spaces: the search keeps them apart.
  useDomSearch(ref, scrollRef, parts, { hardSpaces: true });
  useEffect(() => {
    const lit = [...(ref.current?.querySelectorAll('.anchor-highlight') ?? [])];
    if (scrollRef.current && lit.length > 0) revealElements(scrollRef.current, lit);
  }, [scrollSeq, parts]);

  return (
    <div className="source-view">
      <SourceHeader>
        <span className="zoom-indicator">{t.source.zoom(Math.round(zoom * 100))}</span>
      </SourceHeader>
      <div className="text-view" data-testid="text-view" data-search-scroller ref={scrollRef} tabIndex={0} aria-label={keysText.sourceScroller}>
        <pre ref={ref} className="document-text" style={{ fontSize: `${zoom * 100}%` }}>
          {parts.map((p) => {
            const content = text.slice(p.start, p.end);
            const cell = p.cell;
            if (!cell && !p.highlighted && !p.flag) return content;
            const className = [cell ? 'anchor-cell' : '', p.flag ? `anchor-flag-${p.flag}` : '', p.highlighted ? 'anchor-highlight' : ''].filter(Boolean).join(' ');
            return (
              <span key={p.start} className={className} onClick={cell ? () => onCellClick(cell) : undefined}>
                {content}
              </span>
            );
          })}
        </pre>
      </div>
    </div>
  );
}
