import { useSyncExternalStore } from 'react';
import { getStorageProblem, subscribeStorageProblem, type StorageProblem } from '../../db/storageErrors';

/** The storage problem to show, or null. */
export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(subscribeStorageProblem, getStorageProblem);
}
