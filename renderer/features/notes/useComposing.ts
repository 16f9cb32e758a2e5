import { useSyncExternalStore } from 'react';
import type { NoteTarget } from '../../../shared/model';
import { getComposing, subscribeComposer } from './noteComposer';

/** The target a new note is being written for, or null. */
export function useComposing(): NoteTarget | null {
  return useSyncExternalStore(subscribeComposer, getComposing);
}
