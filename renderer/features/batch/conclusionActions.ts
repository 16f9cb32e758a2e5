import type { ReviewVerdict } from '../../../shared/model';
import { setConclusion } from '../../db/conclusions';
import { getDb } from '../../db/db';
import { guarded } from '../../db/storageErrors';
import { pushUndo } from '../notes/undoStack';

/** Sets a report's verdict and/or opinion: written at once, storage errors shown, undoable (Ctrl+Z). */
export async function conclude(sha256: string, change: { verdict?: ReviewVerdict | null; opinion?: string }): Promise<boolean> {
  const r = await guarded(() => setConclusion(getDb(), sha256, change));
  pushUndo(r);
  return r !== undefined;
}
