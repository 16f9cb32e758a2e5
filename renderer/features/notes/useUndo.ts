import { useEffect, useSyncExternalStore } from 'react';
import { getLastUndone, getUndoStack, subscribeUndo, undoLast } from './undoStack';
import type { UndoAction } from '../../db/undoAction';

/** The latest undoable change and the label of the change last undone. */
export function useUndo(): { top: UndoAction | null; lastUndone: string | null } {
  const stack = useSyncExternalStore(subscribeUndo, getUndoStack);
  const lastUndone = useSyncExternalStore(subscribeUndo, getLastUndone);
  return { top: stack[stack.length - 1] ?? null, lastUndone };
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}

/**
 * Ctrl+Z (⌘Z) undoes the latest note change, except inside a text field, where the field's own
 * undo of typing comes first.
 */
export function useUndoShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if (isTextField(e.target) || getUndoStack().length === 0) return;
      e.preventDefault();
      void undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
