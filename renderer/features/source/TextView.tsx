import { useEffect, useMemo, useRef } from 'react';
import { markPainted } from '../../app/perf';
import type { SourceViewProps } from './SourceView';
import { revealElements } from '../../components/reveal';
import { t } from '../../strings';
import { keysText } from '../keyboard/strings';
import { SourceHeader } from './SourceHeader';

interface Segment {
  start: number;
  end: number;
  cell: string | null;
  highlighted: boolean;
}

/** Cuts the text at every cell and highlight boundary. */
function segments(text: string, cells: SourceViewProps['cells'], highlights: SourceViewProps['highlights']): Segment[] {
  const cuts = new Set([0, text.length]);
  const cellRanges = cells.flatMap((c) => (c.anchor.kind === 'text' ? [{ ...c.anchor, ref: c.ref }] : []));
  const marks = highlights.flatMap((a) => (a.kind === 'text' ? [a] : []));
  for (const r of [...cellRanges, ...marks]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const cell = cellRanges.find((r) => r.start <= start && r.end >= end)?.ref ?? null;
    out.push({ start, end, cell, highlighted: marks.some((m) => m.start <= start && m.end >= end && m.end > m.start) });
  }
  return out;
}

/** A plain-text report: the decoded text, with its cells clickable and highlights marked. */
export function TextView({ text, highlights, cells, onCellClick, zoom, scrollSeq }: SourceViewProps & { text: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => segments(text, cells, highlights), [text, cells, highlights]);

  useEffect(() => markPainted('source'), [text]);
  useEffect(() => {
    const lit = [...(ref.current?.querySelectorAll('.anchor-highlight') ?? [])];
    if (scrollRef.current && lit.length > 0) revealElements(scrollRef.current, lit);
  }, [scrollSeq, parts]);

  return (
    <div className="source-view">
      <SourceHeader>
        <span className="zoom-indicator">{t.source.zoom(Math.round(zoom * 100))}</span>
      </SourceHeader>
      <div className="text-view" data-testid="text-view" ref={scrollRef} tabIndex={0} aria-label={keysText.sourceScroller}>
        <pre ref={ref} className="document-text" style={{ fontSize: `${zoom * 100}%` }}>
          {parts.map((p) => {
            const content = text.slice(p.start, p.end);
            const cell = p.cell;
            if (!cell && !p.highlighted) return content;
            const className = [cell ? 'anchor-cell' : '', p.highlighted ? 'anchor-highlight' : ''].join(' ').trim();
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
