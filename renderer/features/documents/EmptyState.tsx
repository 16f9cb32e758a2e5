import type { RecentEntry } from '../../../shared/ipc/contract';
import { t } from '../../strings';

/** What an empty window shows: how to open a report, and the recent files. */
export function EmptyState({
  recent,
  onOpen,
  onOpenFolder,
  onOpenRecent,
}: {
  recent: RecentEntry[];
  onOpen(): void;
  /** 打开文件夹… (a whole batch), when offered. */
  onOpenFolder?(): void;
  onOpenRecent(token: string): void;
}) {
  return (
    <div className="empty-state">
      <h1>{t.empty.title}</h1>
      <p>{t.empty.body}</p>
      <button type="button" className="primary" onClick={onOpen}>
        {t.toolbar.openHint}
      </button>
      {onOpenFolder && (
        <button type="button" className="primary secondary" onClick={onOpenFolder}>
          打开文件夹（Ctrl+Shift+O）
        </button>
      )}
      <h2>{t.empty.recentTitle}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t.toolbar.noRecent}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.token}>
              <button type="button" className="link" onClick={() => onOpenRecent(r.token)}>
                {r.name}
              </button>
              <span className="muted"> {new Date(r.openedAt).toLocaleString('zh-CN')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
