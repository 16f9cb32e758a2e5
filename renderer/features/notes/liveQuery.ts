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
