import { useSyncExternalStore } from 'react';

/**
 * The source pane's search (Ctrl+F): open or not, the query, which hit is current and how many
 * the view found. The workspace opens and closes it (the menu, the keys, Esc's layers, switching
 * report); the view of the open report finds the hits and draws them; the bar shows the count.
 */
export interface SearchState {
  open: boolean;
  query: string;
  /** The current hit, 0-based. */
  current: number;
  /** Hits the view found for the query; null while it reads the text. */
  count: number | null;
  /** Bumped on each request to focus the bar's field (Ctrl+F again selects what was typed). */
  focusSeq: number;
}

const CLOSED: SearchState = { open: false, query: '', current: 0, count: 0, focusSeq: 0 };
let state: SearchState = CLOSED;
/** What had the focus when the bar opened, to go back to when it closes. */
let origin: HTMLElement | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<SearchState>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export function subscribeSearch(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSearch(): SearchState {
  return state;
}

/** The search state, for components. */
export function useSearch(): SearchState {
  return useSyncExternalStore(subscribeSearch, getSearch);
}

/** Opens the bar (or, when open, focuses it again): idempotent, so a menu accelerator and the page's own key can both fire. */
export function openSearch(): void {
  const active = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
  if (!state.open || !active?.closest('.search-bar')) origin = active && active !== document.body && !active.closest('.search-bar') ? active : origin;
  set({ open: true, focusSeq: state.focusSeq + 1 });
}

/**
 * Closes the bar and forgets the query (search is per report). When the focus was in the bar,
 * it goes back where it was before Ctrl+F, or to the source text.
 */
export function closeSearch(): void {
  if (!state.open && !state.query) return;
  const active = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
  const inBar = !!active?.closest('.search-bar') || active === document.body;
  const back = origin;
  origin = null;
  set({ ...CLOSED, focusSeq: state.focusSeq });
  if (!inBar) return;
  if (back?.isConnected) back.focus({ preventScroll: true });
  else document.querySelector<HTMLElement>('.source-pane [data-search-scroller]')?.focus({ preventScroll: true });
}

/** A new query: the first hit becomes current; the view counts again. */
export function setSearchQuery(query: string): void {
  set({ query, current: 0, count: null });
}

/** The view's count of hits for the query (the current hit stays, within the count). */
export function reportSearchCount(query: string, count: number | null): void {
  if (query !== state.query) return;
  const current = count && state.current < count ? state.current : 0;
  if (count === state.count && current === state.current) return;
  set({ count, current });
}

/** Next (1) or previous (-1) hit, wrapping around. */
export function stepSearch(delta: 1 | -1): void {
  const n = state.count ?? 0;
  if (!state.open || n === 0) return;
  set({ current: (state.current + delta + n) % n });
}
