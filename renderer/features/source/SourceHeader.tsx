import type { ReactNode } from 'react';
import { t } from '../../strings';
import { SearchBar, SearchButton } from '../search/SearchBar';

/**
 * The source pane's title row, with the view's own tools (pages, zoom) beside the title and the
 * search (Ctrl+F) at its end; the search bar, when open, is a row of its own under it.
 */
export function SourceHeader({ children }: { children?: ReactNode }) {
  return (
    <>
      <div className="source-toolbar pane-head" role="toolbar" aria-label={t.source.title}>
        <h2 className="pane-title">{t.source.title}</h2>
        {children}
        <span className="spacer" />
        <SearchButton />
      </div>
      <SearchBar />
    </>
  );
}
