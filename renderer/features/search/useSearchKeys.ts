import { useEffect } from 'react';
import { getSearch, openSearch, stepSearch } from './searchStore';

/** F3 / Shift+F3: the next / previous hit, from anywhere in the workspace (F3 opens the bar when it is closed). */
export function useSearchKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F3' || e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      if (getSearch().open) stepSearch(e.shiftKey ? -1 : 1);
      else openSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
