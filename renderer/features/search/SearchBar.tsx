import { useEffect, useRef } from 'react';
import { keysText } from '../keyboard/strings';
import { openSearch, setSearchQuery, stepSearch, closeSearch, useSearch } from './searchStore';

const s = keysText.search;

/** The count as the bar says it: 第 n / m 个, 无结果, or 正在读取… while the view reads the text. */
export function searchStatus(query: string, count: number | null, current: number): string {
  if (!query.trim()) return '';
  if (count === null) return s.reading;
  return count === 0 ? s.none : s.position(current + 1, count);
}

/** The button in the source pane's title row that opens the search (as Ctrl+F does). */
export function SearchButton() {
  const { open } = useSearch();
  return (
    <button type="button" className="search-open" onClick={openSearch} title={s.hint} aria-label={s.label} aria-pressed={open} data-testid="search-open">
      {/* A magnifier, drawn: narrower than the word, so the pane's tools keep one row at 1024 px. */}
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="6.5" cy="6.5" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <line x1="10.2" y1="10.2" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}

/**
 * The search bar under the source pane's title row: the query, the count, previous / next, close.
 * Enter and Shift+Enter step here; F3, Shift+F3 and Esc are the workspace's keys (they work from
 * anywhere while the bar is open).
 */
export function SearchBar() {
  const { open, query, current, count, focusSeq } = useSearch();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, [open, focusSeq]);
  if (!open) return null;
  const status = searchStatus(query, count, current);
  const none = !count;
  return (
    <div className="search-bar" role="search" aria-label={s.label} data-testid="search-bar">
      <input
        ref={input}
        type="text"
        className="search-input"
        value={query}
        placeholder={s.placeholder}
        aria-label={s.placeholder}
        title={s.hint}
        spellCheck={false}
        data-testid="search-input"
        onChange={(e) => setSearchQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          stepSearch(e.shiftKey ? -1 : 1);
        }}
      />
      <span className={count === 0 && query.trim() ? 'search-status search-none' : 'search-status'} role="status" data-testid="search-status">
        {status}
      </span>
      <button type="button" onClick={() => stepSearch(-1)} disabled={none} title={`${s.previous}（Shift+F3）`} aria-label={s.previous} data-testid="search-previous">
        ↑
      </button>
      <button type="button" onClick={() => stepSearch(1)} disabled={none} title={`${s.next}（F3）`} aria-label={s.next} data-testid="search-next">
        ↓
      </button>
      <button type="button" onClick={closeSearch} title={`${s.close}（Esc）`} aria-label={s.close} data-testid="search-close">
        ×
      </button>
    </div>
  );
}
