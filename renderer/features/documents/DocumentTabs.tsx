import type { DocumentSummary } from '../../../shared/ipc/contract';
import { t } from '../../strings';

/** The open documents, one tab each, with their error count or a failure mark. */
export function DocumentTabs({ documents, activeId, onSelect }: { documents: DocumentSummary[]; activeId: string | null; onSelect(id: string): void }) {
  return (
    <nav className="document-tabs" role="tablist">
      {documents.map((d) => (
        <button
          key={d.id}
          type="button"
          role="tab"
          aria-selected={d.id === activeId}
          className={d.status === 'failed' ? 'tab failed' : 'tab'}
          title={d.status === 'failed' ? d.error?.message : t.summary.organYear(d.organ, d.year)}
          onClick={() => onSelect(d.id)}
        >
          <span className="tab-name">{d.name}</span>
          {d.status === 'ready' && d.counts.error > 0 && <span className="badge sev-error">{d.counts.error}</span>}
          {d.status === 'failed' && <span className="badge sev-error">!</span>}
        </button>
      ))}
    </nav>
  );
}
