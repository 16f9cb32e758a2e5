import type { UndoAction } from '../../db/undoAction';
import { reportStorageError } from '../../db/storageErrors';

/**
 * The session's undo stack of note changes (add, edit, delete, status). It lives in memory: the
 * changes themselves are already written, so a crash loses only the chance to undo them.
 */

const LIMIT = 50;
type Listener = () => void;

let stack: readonly UndoAction[] = [];
let lastUndone: string | null = null;
const listeners = new Set<Listener>();

function emit(): void {
  for (const l of listeners) l();
}

/** Subscribes to changes of the stack (for useSyncExternalStore). */
export function subscribeUndo(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stack, oldest first (a new array after every change). */
export function getUndoStack(): readonly UndoAction[] {
  return stack;
}

/** The label of the change last undone, until the next change. */
export function getLastUndone(): string | null {
  return lastUndone;
}

/** Records a change that can be undone. */
export function pushUndo(action: UndoAction | null | undefined): void {
  if (!action) return;
  stack = [...stack, action].slice(-LIMIT);
  lastUndone = null;
  emit();
}

/** Undoes the latest change; a storage error is shown and the action is dropped. */
export async function undoLast(): Promise<boolean> {
  const action = stack[stack.length - 1];
  if (!action) return false;
  stack = stack.slice(0, -1);
  try {
    await action.undo();
    lastUndone = action.label;
    return true;
  } catch (err) {
    reportStorageError(err);
    return false;
  } finally {
    emit();
  }
}

/** Empties the stack (tests). */
export function resetUndo(): void {
  stack = [];
  lastUndone = null;
  emit();
}
