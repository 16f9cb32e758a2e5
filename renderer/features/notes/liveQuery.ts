import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState, type DependencyList } from 'react';
import { reportStorageError } from '../../db/storageErrors';

/**
 * Wraps a live query's read so that a storage error is shown in the banner and the component
 * gets the fallback, instead of useLiveQuery rethrowing it during render and blanking the pane.
 */
export async function orShow<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read;
  } catch (err) {
    reportStorageError(err);
    return fallback;
  }
}

/**
 * useLiveQuery whose answers render as a transition: sliced between frames, so that a click or a
 * key goes first. For reads over a whole batch that answer again and again while reports stream in
 * (each answer redraws the list and its counts); like useLiveQuery, the last answer stays while a
 * new query (other deps) is read, and it is undefined until the first.
 */
export function useLiveQueryInTransition<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [answer, setAnswer] = useState<{ value: T } | null>(null);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => startTransition(() => setAnswer({ value })),
      // Reads go through orShow; anything else still reaches the storage banner, not the console only.
      error: reportStorageError,
    });
    return () => subscription.unsubscribe();
    // The caller's deps, as for useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return answer?.value;
}
