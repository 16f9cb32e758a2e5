import { clearStorageProblem } from '../../db/storageErrors';
import { notesText } from './strings';
import { useStorageProblem } from './useStorageProblem';

/** Shows the latest storage error (quota, blocked or newer database…) until dismissed. */
export function StorageErrorBanner() {
  const problem = useStorageProblem();
  if (!problem) return null;
  return (
    <div className="storage-error" role="alert" data-kind={problem.kind}>
      <strong>{notesText.storageErrorTitle}</strong> <span>{problem.message}</span>{' '}
      <button type="button" onClick={clearStorageProblem}>
        {notesText.dismiss}
      </button>
    </div>
  );
}
