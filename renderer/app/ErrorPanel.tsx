import type { ReactNode } from 'react';

/** A readable error: what failed, the message in Chinese, and what can be done (e.g. 重试). */
export function ErrorPanel({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <div className="error-panel" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
      {children && <div className="error-actions">{children}</div>}
    </div>
  );
}
