import { useEffect, useRef } from 'react';
import { useReturnFocus } from '../../components/useReturnFocus';
import { keysText } from './strings';

const h = keysText.help;

/**
 * 快捷键 (F1, 帮助 → 快捷键, 更多 → 快捷键): every shortcut of the workspace, by group. A modal
 * dialog: the focus stays inside it (useWorkspaceKeys keeps Tab in an aria-modal root), Esc or
 * 关闭 closes it and the focus goes back where it was.
 */
export function HelpDialog({ onClose }: { onClose(): void }) {
  useReturnFocus();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="dialog help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-dialog">
        <h2 id="help-title">{h.title}</h2>
        <div className="help-groups" tabIndex={0} aria-label={h.title}>
          {h.groups.map((g) => (
            <section key={g.title} className="help-group">
              <h3>{g.title}</h3>
              <dl>
                {g.keys.map(([keys, what]) => (
                  <div key={keys} className="help-row">
                    <dt>
                      <kbd>{keys}</kbd>
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <div className="dialog-actions">
          <button ref={close} type="button" onClick={onClose} data-testid="help-close">
            {h.close}
          </button>
        </div>
      </div>
    </div>
  );
}
