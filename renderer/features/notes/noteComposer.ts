import type { NoteTarget } from '../../../shared/model';

/**
 * Which target a new note is being written for. Any pane can ask for a note (「添加批注」 on a
 * finding, the context menu of a cell, a text selection); the notes panel shows the editor.
 */

type Listener = () => void;
let composing: NoteTarget | null = null;
const listeners = new Set<Listener>();

/** Subscribes to changes (for useSyncExternalStore). */
export function subscribeComposer(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The target a note is being written for, or null. */
export function getComposing(): NoteTarget | null {
  return composing;
}

/** Opens the note editor in the notes panel for this target. */
export function requestNote(target: NoteTarget): void {
  composing = target;
  for (const l of listeners) l();
}

/** Closes the editor. */
export function endComposing(): void {
  composing = null;
  for (const l of listeners) l();
}
