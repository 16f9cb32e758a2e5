import { useEffect, useRef } from 'react';
import { isMenuCommand, type MenuCommand, type RendererApi } from '../../shared/ipc/contract';

/** Workspace commands, from the menu (`app:menu`) or the keyboard. */
export type Command = MenuCommand;

/** The keyboard's commands; the same accelerators as the menu (main/menu.ts), plus J/K. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.shiftKey && (e.key === 'o' || e.key === 'O')) return 'open-folder';
  if (mod && (e.key === 'o' || e.key === 'O')) return 'open';
  if (mod && (e.key === 'e' || e.key === 'E')) return 'export-pdf';
  if (mod && (e.key === '=' || e.key === '+')) return 'zoom-in';
  if (mod && e.key === '-') return 'zoom-out';
  if (mod && e.key === '0') return 'zoom-reset';
  if (mod && !e.shiftKey && !e.altKey && (e.key === 'f' || e.key === 'F')) return 'find';
  if (e.key === 'F1' && !mod && !e.altKey) return 'help';
  if (e.key === 'F8') return e.shiftKey ? 'previous-finding' : 'next-finding';
  if (!mod && !e.altKey && (e.key === 'j' || e.key === 'J')) return 'next-finding';
  if (!mod && !e.altKey && (e.key === 'k' || e.key === 'K')) return 'previous-finding';
  return null;
}

/** Commands whose keys work inside a text field too (they are no editing keys). */
const IN_FIELDS: ReadonlySet<Command> = new Set(['find', 'help']);

/**
 * Runs commands from the keyboard and from the application menu. In Electron the page sees the
 * key first and its preventDefault keeps the menu's accelerator from firing as well; the commands
 * that could still arrive twice are idempotent (find and help open, export ignores a second request).
 */
export function useShortcuts(api: RendererApi, run: (command: Command) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      const command = commandForKey(e);
      if (!command || (inField && !IN_FIELDS.has(command))) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    const off = api.onMenuCommand((c) => isMenuCommand(c) && latest.current(c));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [api]);
}
