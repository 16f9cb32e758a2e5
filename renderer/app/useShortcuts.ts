import { useEffect, useRef } from 'react';
import type { MenuCommand, RendererApi } from '../../shared/ipc/contract';

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
  if (e.key === 'F8') return e.shiftKey ? 'previous-finding' : 'next-finding';
  if (!mod && !e.altKey && (e.key === 'j' || e.key === 'J')) return 'next-finding';
  if (!mod && !e.altKey && (e.key === 'k' || e.key === 'K')) return 'previous-finding';
  return null;
}

/** Runs commands from the keyboard and from the application menu. */
export function useShortcuts(api: RendererApi, run: (command: Command) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    const off = api.onMenuCommand((c) => latest.current(c as Command));
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [api]);
}
