import './batch.css';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ReviewVerdict } from '../../../shared/model';
import { batchCounts, filterChoices, isUnfinished, organLabel, visibleRows, type BatchFilters, type BatchRow, type SortKey, type SortState } from './batchRows';
import type { EntryState } from './keptView';
import { batchText as bt } from './strings';
import { SeriesButton } from '../series/SeriesButton';

/** Row height in pixels: fixed, so that only the rows in view are rendered (500 rows stay fast). */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

const COLUMNS: Array<{ key: SortKey; label: string; className: string }> = [
  { key: 'organ', label: bt.columns.organ, className: 'c-organ' },
  { key: 'year', label: bt.columns.year, className: 'c-year' },
  { key: 'format', label: bt.columns.format, className: 'c-format' },
  { key: 'template', label: bt.columns.template, className: 'c-template' },
  { key: 'error', label: bt.columns.error, className: 'c-num' },
  { key: 'warning', label: bt.columns.warning, className: 'c-num' },
  { key: 'info', label: bt.columns.info, className: 'c-num' },
  { key: 'progress', label: bt.columns.progress, className: 'c-progress' },
  { key: 'verdict', label: bt.columns.verdict, className: 'c-verdict' },
];

export interface BatchListProps {
  rows: BatchRow[];
  filters: BatchFilters;
  onFilters(filters: BatchFilters): void;
  sort: SortState;
  onSort(sort: SortState): void;
  /** The ids selected in the list (for 导出 选中 and Delete). */
  selected: ReadonlySet<string>;
  onSelected(ids: ReadonlySet<string>): void;
  /** The row with the keyboard focus (the report last open). */
  focusId: string | null;
  onFocus(id: string | null): void;
  onOpen(id: string): void;
  onRemove(ids: string[]): void;
  onRetry(ids: string[]): void;
  /** Files of a kept batch that moved or changed since they were added, by id. */
  states?: ReadonlyMap<string, EntryState>;
  /** 重新定位 a moved file. */
  onLocate?(id: string): void;
  /** 按新内容审阅 a changed file. */
  onAccept?(id: string): void;
  /** Years of the body's reports in the batch, for reports whose body has several (历年对照). */
  seriesYears?: ReadonlyMap<string, number[]>;
  /** Opens 历年对照 for the body of this report. */
  onSeries?(id: string): void;
}

/**
 * The report list that replaces the tab strip: one row per report with organ, year, format,
 * template, counts, review progress and conclusion; sort by any column, filters, type-ahead
 * search, ↑/↓, Enter to open, Delete to remove from the batch. Rows have a fixed height and only
 * those in view are rendered.
 */
export const BatchList = memo(function BatchList(props: BatchListProps) {
  const { rows, filters, onFilters, sort, onSort, selected, onSelected, focusId, onFocus } = props;
  const shown = useMemo(() => visibleRows(rows, filters, sort), [rows, filters, sort]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const counts = useMemo(() => batchCounts(rows), [rows]);
  const countsText = bt.counts(counts.total, shown.length, counts.failed, counts.finished, counts.missing) + (selected.size > 1 ? `；${bt.selected(selected.size)}` : '');
  const body = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const anchor = useRef<string | null>(null);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const focusIndex = shown.findIndex((r) => r.doc.id === focusId);

  /** Keeps the focused row in view. */
  useEffect(() => {
    const el = body.current;
    if (!el || focusIndex < 0) return;
    const top = focusIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [focusIndex]);

  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);

  const moveTo = useCallback(
    (index: number, extend: boolean) => {
      const row = shown[Math.max(0, Math.min(shown.length - 1, index))];
      if (!row) return;
      onFocus(row.doc.id);
      if (extend && anchor.current) {
        const a = shown.findIndex((r) => r.doc.id === anchor.current);
        const b = shown.indexOf(row);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        onSelected(new Set(shown.slice(lo, hi + 1).map((r) => r.doc.id)));
      } else {
        anchor.current = row.doc.id;
        onSelected(new Set([row.doc.id]));
      }
    },
    [shown, onFocus, onSelected],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(scroll.height / ROW_HEIGHT) - 1);
    const at = focusIndex < 0 ? -1 : focusIndex;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return moveTo(at + 1, e.shiftKey);
      case 'ArrowUp':
        e.preventDefault();
        return moveTo(at < 0 ? 0 : at - 1, e.shiftKey);
      case 'PageDown':
        e.preventDefault();
        return moveTo(at + page, e.shiftKey);
      case 'PageUp':
        e.preventDefault();
        return moveTo(at - page, e.shiftKey);
      case 'Home':
        e.preventDefault();
        return moveTo(0, e.shiftKey);
      case 'End':
        e.preventDefault();
        return moveTo(shown.length - 1, e.shiftKey);
      case 'Enter':
        if (focusId) {
          e.preventDefault();
          props.onOpen(focusId);
        }
        return;
      case 'Delete':
      case 'Backspace': {
        const ids = selected.size > 0 ? [...selected] : focusId ? [focusId] : [];
        if (ids.length === 0) return;
        e.preventDefault();
        const next =
          shown.slice(at + 1).find((r) => !ids.includes(r.doc.id)) ??
          shown
            .slice(0, at)
            .reverse()
            .find((r) => !ids.includes(r.doc.id));
        props.onRemove(ids);
        onSelected(new Set());
        onFocus(next?.doc.id ?? null);
        return;
      }
      case 'Escape':
        if (filters.search) onFilters({ ...filters, search: '' });
        return;
    }
    // Alt+Y: 历年对照 of the focused report's body.
    if (e.altKey && (e.key === 'y' || e.key === 'Y' || e.code === 'KeyY')) {
      e.preventDefault();
      if (focusId && props.seriesYears?.has(focusId)) props.onSeries?.(focusId);
      return;
    }
    // Type-ahead: a printable key (or an IME starting to compose Chinese) moves to the search box
    // before the character lands, so that the character and any composition go into it.
    if ((e.key.length === 1 || e.key === 'Process') && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
      search.current?.focus();
    }
  };

  // The same function for every render, so that rows that did not change are not redrawn.
  const clickState = useRef({ shown, selected, onFocus, onSelected });
  clickState.current = { shown, selected, onFocus, onSelected };
  const onRowClick = useCallback((e: MouseEvent, row: BatchRow) => {
    const { shown, selected, onFocus, onSelected } = clickState.current;
    const id = row.doc.id;
    onFocus(id);
    if (e.shiftKey && anchor.current) {
      const a = shown.findIndex((r) => r.doc.id === anchor.current);
      const b = shown.indexOf(row);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      onSelected(new Set(shown.slice(lo, hi + 1).map((r) => r.doc.id)));
      return;
    }
    anchor.current = id;
    if (e.ctrlKey || e.metaKey) {
      const next = new Set(selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onSelected(next);
    } else onSelected(new Set([id]));
  }, []);

  const sortBy = (key: SortKey) =>
    onSort(sort.key === key ? (sort.descending ? { key: 'order', descending: false } : { key, descending: true }) : { key, descending: false });
  const toggle = (key: 'withErrors' | 'unfinished' | 'failed') => onFilters({ ...filters, [key]: !filters[key] });
  const filtered = filters.withErrors || filters.unfinished || filters.failed || filters.year !== null || filters.organ !== null || filters.search !== '';

  return (
    <section className="batch-list" aria-label={bt.list(rows.length)}>
      <div className="batch-filters" role="toolbar" aria-label={bt.filters.label}>
        <input
          ref={search}
          type="search"
          className="batch-search"
          placeholder={bt.filters.search}
          aria-label={bt.filters.search}
          value={filters.search}
          onChange={(e) => onFilters({ ...filters, search: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              body.current?.focus();
              if (focusIndex < 0) moveTo(0, false);
            } else if (e.key === 'Escape') onFilters({ ...filters, search: '' });
          }}
        />
        {(['withErrors', 'unfinished', 'failed'] as const).map((key) => (
          <button key={key} type="button" className="chip" aria-pressed={filters[key]} onClick={() => toggle(key)} data-testid={`filter-${key}`}>
            {bt.filters[key]}
          </button>
        ))}
        <select aria-label={bt.columns.year} value={filters.year ?? ''} onChange={(e) => onFilters({ ...filters, year: e.target.value ? Number(e.target.value) : null })}>
          <option value="">{bt.filters.anyYear}</option>
          {choices.years.map((y) => (
            <option key={y} value={y}>
              {bt.filters.year(y)}
            </option>
          ))}
        </select>
        <select
          aria-label="报告机关"
          className="batch-organ-filter"
          value={filters.organ ?? ''}
          onChange={(e) => onFilters({ ...filters, organ: e.target.value || null })}
        >
          <option value="">{bt.filters.anyOrgan}</option>
          {choices.organs.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {filtered && (
          <button type="button" className="link" onClick={() => onFilters({ withErrors: false, unfinished: false, failed: false, year: null, organ: null, search: '' })}>
            {bt.filters.clear}
          </button>
        )}
        <span className="spacer" />
        <span className="batch-counts" data-testid="batch-counts" title={countsText}>
          {countsText}
        </span>
        <button
          type="button"
          disabled={selected.size === 0 && !focusId}
          title={bt.removeHint}
          onClick={() => props.onRemove(selected.size > 0 ? [...selected] : focusId ? [focusId] : [])}
        >
          {bt.remove}
        </button>
      </div>
      <div className="batch-grid" role="grid" aria-rowcount={shown.length + 1} aria-multiselectable="true">
        <div className="batch-row batch-head" role="row">
          {COLUMNS.map((c) => (
            <div key={c.key} role="columnheader" className={c.className} aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="sort" onClick={() => sortBy(c.key)} title={bt.sortHint(c.label)} data-testid={`sort-${c.key}`}>
                {c.label}
                {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </div>
          ))}
        </div>
        <div
          ref={body}
          className="batch-body"
          tabIndex={0}
          role="rowgroup"
          aria-label={bt.listHelp}
          onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (focusIndex < 0 && shown.length > 0) onFocus(shown[0].doc.id);
          }}
        >
          {shown.length === 0 ? (
            <div className="batch-empty muted">{bt.noRows}</div>
          ) : (
            <div style={{ height: shown.length * ROW_HEIGHT, position: 'relative' }}>
              {shown.slice(first, last).map((row, i) => (
                <Row
                  key={row.doc.id}
                  row={row}
                  index={first + i}
                  selected={selected.has(row.doc.id)}
                  focused={row.doc.id === focusId}
                  onClick={onRowClick}
                  onOpen={props.onOpen}
                  onRetry={props.onRetry}
                  state={props.states?.get(row.doc.id) ?? null}
                  onLocate={props.onLocate}
                  onAccept={props.onAccept}
                  onRemove={props.onRemove}
                  seriesYears={props.seriesYears?.get(row.doc.id)?.join('、')}
                  onSeries={props.onSeries}
                />
              ))}
            </div>
          )}
        </div>
      </div>
    </section>
  );
});

const VERDICT_CLASS: Record<ReviewVerdict, string> = { pass: 'v-pass', revise: 'v-revise', resubmit: 'v-resubmit' };

const Row = memo(function Row({
  row,
  index,
  selected,
  focused,
  onClick,
  onOpen,
  onRetry,
  state,
  onLocate,
  onAccept,
  onRemove,
  seriesYears,
  onSeries,
}: {
  row: BatchRow;
  index: number;
  selected: boolean;
  focused: boolean;
  onClick(e: MouseEvent, row: BatchRow): void;
  onOpen(id: string): void;
  onRetry(ids: string[]): void;
  state: EntryState;
  onLocate?(id: string): void;
  onAccept?(id: string): void;
  onRemove(ids: string[]): void;
  seriesYears?: string;
  onSeries?(id: string): void;
}) {
  const d = row.doc;
  const failed = d.status === 'failed';
  const className = ['batch-row', failed ? 'failed' : '', state ?? '', selected ? 'selected' : '', focused ? 'focused' : '', isUnfinished(row) ? '' : 'finished']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      role="row"
      className={className}
      aria-selected={selected}
      aria-rowindex={index + 2}
      data-id={d.id}
      data-testid="batch-row"
      data-state={state ?? undefined}
      style={{ position: 'absolute', top: index * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }}
      onClick={(e) => onClick(e, row)}
      onDoubleClick={() => onOpen(d.id)}
      title={failed ? d.error?.message : d.name}
    >
      <div role="gridcell" className="c-organ">
        <button
          type="button"
          className="link organ-link"
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(d.id);
          }}
        >
          {organLabel(d)}
        </button>
        {state === 'changed' && (
          <span className="entry-badge changed" title={bt.kept.changedHint} data-testid="entry-state">
            {bt.kept.changed}
            {onAccept && (
              <button
                type="button"
                className="link"
                tabIndex={-1}
                onClick={(e) => {
                  e.stopPropagation();
                  onAccept(d.id);
                }}
              >
                {bt.kept.accept}
              </button>
            )}
          </span>
        )}
        {seriesYears && onSeries && <SeriesButton id={d.id} years={seriesYears} onSeries={onSeries} />}
        {d.organ && <span className="file-name muted">{d.name}</span>}
      </div>
      {state === 'missing' ? (
        <div role="gridcell" className="c-failure" title={d.error?.message}>
          <span className="failure-reason entry-badge missing" data-testid="entry-state">
            {bt.kept.missing}
          </span>
          {onLocate && (
            <button
              type="button"
              tabIndex={-1}
              title={bt.kept.locateHint}
              onClick={(e) => {
                e.stopPropagation();
                onLocate(d.id);
              }}
              data-testid="locate"
            >
              {bt.kept.locate}
            </button>
          )}
          <button
            type="button"
            tabIndex={-1}
            title={bt.removeHint}
            onClick={(e) => {
              e.stopPropagation();
              onRemove([d.id]);
            }}
          >
            {bt.remove}
          </button>
        </div>
      ) : failed ? (
        <div role="gridcell" className="c-failure">
          <span className="failure-reason" data-testid="failure-reason">
            {bt.failedRow}：{d.error?.message}
          </span>
          <button
            type="button"
            tabIndex={-1}
            title={bt.retryHint}
            onClick={(e) => {
              e.stopPropagation();
              onRetry([d.id]);
            }}
          >
            {bt.retry}
          </button>
        </div>
      ) : (
        <>
          <div role="gridcell" className="c-year">
            {d.year ?? '—'}
          </div>
          <div role="gridcell" className="c-format">
            {d.format ? (bt.format[d.format] ?? d.format) : '—'}
          </div>
          <div role="gridcell" className="c-template">
            {bt.template(d.template)}
          </div>
          <div role="gridcell" className={`c-num ${d.counts.error ? 'sev-error' : 'zero'}`} data-col="error">
            {d.counts.error}
          </div>
          <div role="gridcell" className={`c-num ${d.counts.warning ? 'sev-warning' : 'zero'}`} data-col="warning">
            {d.counts.warning}
          </div>
          <div role="gridcell" className={`c-num ${d.counts.info ? 'sev-info' : 'zero'}`} data-col="info">
            {d.counts.info}
          </div>
          <div role="gridcell" className="c-progress">
            <span className="mini-bar" aria-hidden="true">
              <span style={{ width: `${row.findings === 0 ? 100 : Math.round((100 * row.decided) / row.findings)}%` }} />
            </span>
            {bt.progressCell(row.decided, row.findings)}
          </div>
          <div role="gridcell" className={`c-verdict ${row.verdict ? VERDICT_CLASS[row.verdict] : 'muted'}`} data-col="verdict">
            {row.verdict ? bt.verdicts[row.verdict] : bt.noVerdict}
          </div>
        </>
      )}
    </div>
  );
});
