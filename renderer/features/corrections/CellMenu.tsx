import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Correction } from '../../../shared/model';
import { getDb } from '../../db/db';
import { removeCorrection } from '../../db/corrections';
import { guarded } from '../../db/storageErrors';
import { t } from '../../strings';
import { requestNote } from '../notes/noteComposer';
import { pushUndo } from '../notes/undoStack';
import { getCellMenu, openCellMenu, requestCorrection, subscribeCellMenu } from './cellMenuStore';

/** The menu of a table cell: 添加批注, 更正识别值, 撤销更正. Keyboard: ↑/↓, Enter, Esc. */
export function CellMenu({ sha256, corrections }: { sha256: string | null; corrections: Correction[] }) {
  const state = useSyncExternalStore(subscribeCellMenu, getCellMenu);
  const ref = useRef<HTMLDivElement>(null);
  const origin = useRef<Element | null>(null);

  useEffect(() => {
    if (!state) return;
    origin.current = document.activeElement;
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && openCellMenu(null);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [state]);

  if (!state || !sha256) return null;
  const corrected = corrections.some((c) => c.cell === state.cell);
  const close = () => {
    openCellMenu(null);
    (origin.current as HTMLElement | null)?.focus?.();
  };
  const onKey = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll('button') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const left = Math.min(state.x, window.innerWidth - 180);
  const top = Math.min(state.y, window.innerHeight - 120);
  return (
    <div className="cell-menu menu" role="menu" aria-label={t.corrections.menu} ref={ref} style={{ left, top }} onKeyDown={onKey} data-testid="cell-menu">
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          close();
          requestNote({ kind: 'cell', cell: state.cell });
        }}
      >
        {t.corrections.addNote}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          // Back on the cell first: the editor and the dialog return the focus to where it was.
          (origin.current as HTMLElement | null)?.focus?.();
          requestCorrection(state.cell);
        }}
        data-testid="menu-correct"
      >
        {t.corrections.correct}
      </button>
      {corrected && (
        <button
          type="button"
          role="menuitem"
          onClick={() => {
            close();
            void guarded(async () => pushUndo(await removeCorrection(getDb(), sha256, state.cell)));
          }}
        >
          {t.corrections.remove}
        </button>
      )}
    </div>
  );
}
