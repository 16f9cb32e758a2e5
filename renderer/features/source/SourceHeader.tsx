import type { ReactNode } from 'react';
import { t } from '../../strings';

/** The source pane's title row, with the view's own tools (pages, zoom) beside the title. */
export function SourceHeader({ children }: { children?: ReactNode }) {
  return (
    <div className="source-toolbar pane-head" role="toolbar" aria-label={t.source.title}>
      <h2 className="pane-title">{t.source.title}</h2>
      {children}
    </div>
  );
}
