import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { KeptBatches } from './useKeptBatches';
import { batchText } from './strings';

const bt = batchText.kept;

/**
 * The toolbar's batch control: a button naming the batch shown, opening a menu of the kept
 * batches (switch) and 新建 / 重命名 / 删除. Renaming and deleting ask in a bar under the
 * toolbar (BatchEditBar). Keyboard: ↓ opens, ↑/↓ move, Esc closes.
 */
export function BatchSwitcher({ kept, busy, onEdit }: { kept: KeptBatches; busy: boolean; onEdit(mode: 'rename' | 'delete'): void }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = kept.current?.name ?? null;

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    root.current?.querySelector<HTMLButtonElement>('[role^="menuitem"][aria-checked="true"], [role^="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  if (!name && kept.batches.length === 0) return null;

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' && !open) setOpen(true);
    else if (e.key === 'ArrowDown' && items.length) items[(i + 1) % items.length].focus();
    else if (e.key === 'ArrowUp' && items.length) items[(i - 1 + items.length) % items.length].focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div className="overflow-menu batch-switcher" ref={root} onKeyDown={onKey}>
      <button
        ref={button}
        type="button"
        className="batch-switcher-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={`${name ? bt.button(name) + '\n' : ''}${bt.buttonHint}`}
        onClick={() => setOpen((o) => !o)}
        data-testid="batch-switcher"
      >
        <span className="batch-switcher-name">{bt.button(name ?? '—')}</span> ▾
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={bt.menu}>
          {kept.batches.map((b) => (
            <button
              key={b.id}
              type="button"
              role="menuitemradio"
              aria-checked={b.id === kept.current?.id}
              disabled={busy && b.id !== kept.current?.id}
              title={busy ? bt.busy : b.name}
              data-testid="batch-choice"
              onClick={choose(() => kept.switchTo(b.id))}
            >
              <span className="batch-choice-mark">{b.id === kept.current?.id ? '✓' : ''}</span>
              <span className="batch-choice-name">{b.name}</span>
              <span className="muted"> {bt.size(b.size)}</span>
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="separated"
            disabled={busy}
            title={busy ? bt.busy : bt.createHint}
            onClick={choose(kept.create)}
            data-testid="batch-create"
          >
            {bt.create}
          </button>
          <button type="button" role="menuitem" disabled={!kept.current} onClick={choose(() => onEdit('rename'))} data-testid="batch-rename">
            {bt.rename}
          </button>
          <button
            type="button"
            role="menuitem"
            disabled={!kept.current || busy}
            title={busy ? bt.busy : undefined}
            onClick={choose(() => onEdit('delete'))}
            data-testid="batch-delete"
          >
            {bt.remove}
          </button>
        </div>
      )}
    </div>
  );
}

/** The bar under the toolbar that renames the batch shown, or asks before deleting it. */
export function BatchEditBar({ kept, mode, onDone }: { kept: KeptBatches; mode: 'rename' | 'delete'; onDone(): void }) {
  const [name, setName] = useState(kept.current?.name ?? '');
  const [failed, setFailed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'rename') input.current?.select();
    else confirmButton.current?.focus();
  }, [mode]);
  if (!kept.current) return null;
  const submit = async () => {
    if (await kept.rename(name)) onDone();
    else setFailed(true);
  };
  return (
    <div
      className="batch-edit-bar"
      role="group"
      aria-label={mode === 'rename' ? bt.rename : bt.remove}
      data-testid="batch-edit-bar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {mode === 'rename' ? (
        <>
          <label>
            {bt.nameLabel}{' '}
            <input
              ref={input}
              value={name}
              maxLength={80}
              aria-invalid={failed}
              onChange={(e) => {
                setName(e.target.value);
                setFailed(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void submit();
                }
              }}
              data-testid="batch-name"
            />
          </label>
          <button type="button" className="primary" onClick={() => void submit()} data-testid="batch-name-save">
            {bt.save}
          </button>
        </>
      ) : (
        <>
          <span>{bt.confirmRemove(kept.current.name)}</span>
          <button
            ref={confirmButton}
            type="button"
            className="danger"
            onClick={() => {
              kept.deleteCurrent();
              onDone();
            }}
            data-testid="batch-delete-confirm"
          >
            {bt.confirm}
          </button>
        </>
      )}
      <button type="button" onClick={onDone}>
        {bt.cancel}
      </button>
    </div>
  );
}
