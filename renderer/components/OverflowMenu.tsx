import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One command of an overflow menu. */
export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  title?: string;
  testId?: string;
  /** Starts a new group (a line above it). */
  separator?: boolean;
}

/**
 * A toolbar button that opens a list of less-used commands (更多). Keyboard: Enter/↓ opens and
 * focuses the first item, ↑/↓ move, Esc closes and returns to the button; a click elsewhere closes.
 */
export function OverflowMenu({ label, items, testId }: { label: string; items: MenuItem[]; testId?: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const i = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' && !open) setOpen(true);
    else if (e.key === 'ArrowDown' && entries.length) entries[(i + 1) % entries.length].focus();
    else if (e.key === 'ArrowUp' && entries.length) entries[(i - 1 + entries.length) % entries.length].focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="overflow-menu" ref={root} onKeyDown={onKey}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid={testId}>
        {label} ▾
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={label}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className={item.separator ? 'separated' : undefined}
              disabled={item.disabled}
              title={item.title}
              data-testid={item.testId}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
