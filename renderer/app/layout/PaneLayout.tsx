import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../../strings';
import { Splitter } from './Splitter';
import { clampSizes, loadSizes, MIN_SIDE, MIN_SOURCE, MIN_TABLES, saveSizes, type PaneSizes } from './paneSizes';

interface PaneLayoutProps {
  source: ReactNode;
  tables: ReactNode;
  side: ReactNode;
}

/**
 * The three panes side by side: 报告原文 | 提取的表格 | 问题与批注. The two bars between them
 * resize the panes (remembered across sessions); the side pane collapses to a strip. Each pane
 * clips what does not fit and scrolls inside itself, so the window never scrolls.
 */
export function PaneLayout({ source, tables, side }: PaneLayoutProps) {
  const [sizes, setSizes] = useState<PaneSizes>(() => loadSizes());
  const ref = useRef<HTMLElement>(null);
  const dragFrom = useRef<PaneSizes>(sizes);
  useEffect(() => saveSizes(sizes), [sizes]);

  /** Width the source and tables panes share: the layout's width less the side pane and bars. */
  const mainWidth = useCallback((s: PaneSizes) => {
    const total = ref.current?.clientWidth ?? 1200;
    return Math.max(MIN_SOURCE + MIN_TABLES, total - (s.sideCollapsed ? 32 : s.sideWidth) - 12);
  }, []);

  const moveFirst = (base: PaneSizes, dx: number) => {
    const w = mainWidth(base);
    const source = Math.min(w - MIN_TABLES, Math.max(MIN_SOURCE, base.sourceShare * w + dx));
    return clampSizes({ ...base, sourceShare: source / w });
  };
  const moveSecond = (base: PaneSizes, dx: number) => {
    const total = ref.current?.clientWidth ?? 1200;
    const max = Math.max(MIN_SIDE, total - MIN_SOURCE - MIN_TABLES - 12);
    return clampSizes({ ...base, sideWidth: Math.min(max, base.sideWidth - dx), sideCollapsed: false });
  };

  const drag = (move: (b: PaneSizes, dx: number) => PaneSizes) => (dx: number, phase: 'start' | 'move' | 'end') => {
    if (phase === 'start') dragFrom.current = sizes;
    else setSizes(move(dragFrom.current, dx));
  };
  const toggleSide = () => setSizes((s) => ({ ...s, sideCollapsed: !s.sideCollapsed }));

  const share = sizes.sourceShare;
  return (
    <main className="panes" ref={ref} data-testid="panes">
      <section className="pane source-pane" aria-label={t.source.title} style={{ flex: `${share} 1 0`, minWidth: MIN_SOURCE }}>
        {source}
      </section>
      <Splitter label={t.layout.resizeSource} onDrag={drag(moveFirst)} onStep={(dx) => setSizes((s) => moveFirst(s, dx))} testId="splitter-source" />
      <section className="pane tables-pane" aria-label={t.tables.title} style={{ flex: `${1 - share} 1 0`, minWidth: MIN_TABLES }}>
        <h2 className="pane-title">{t.tables.title}</h2>
        {tables}
      </section>
      {!sizes.sideCollapsed && (
        <Splitter label={t.layout.resizeSide} onDrag={drag(moveSecond)} onStep={(dx) => setSizes((s) => moveSecond(s, dx))} testId="splitter-side" />
      )}
      <aside
        className={sizes.sideCollapsed ? 'pane side-pane collapsed' : 'pane side-pane'}
        aria-label={t.layout.side}
        style={sizes.sideCollapsed ? undefined : { flex: `0 0 ${sizes.sideWidth}px` }}
      >
        <button
          type="button"
          className="side-toggle"
          onClick={toggleSide}
          aria-expanded={!sizes.sideCollapsed}
          title={sizes.sideCollapsed ? t.layout.expandSide : t.layout.collapseSide}
          data-testid="side-toggle"
        >
          {sizes.sideCollapsed ? `‹ ${t.layout.side}` : '›'}
        </button>
        {/* Kept mounted when collapsed: the notes slot also marks passages in the source pane. */}
        <div className="side-content" hidden={sizes.sideCollapsed}>
          {side}
        </div>
      </aside>
    </main>
  );
}
