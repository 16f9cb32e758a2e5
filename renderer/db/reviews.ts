import type { ReviewDb, ReviewRow } from './db';
import { nowIso } from './ids';

/** What the renderer knows of an opened file (a subset of DocumentSummary). */
export interface OpenedFile {
  sha256: string;
  name: string;
}

/**
 * Records that a file was opened: creates its review, or finds it again by the content hash
 * (a renamed or moved file keeps its notes) and remembers the new name.
 */
export async function touchReview(db: ReviewDb, file: OpenedFile, at: string = nowIso()): Promise<ReviewRow> {
  return db.transaction('rw', db.reviews, async () => {
    const old = await db.reviews.get(file.sha256);
    const row: ReviewRow = old
      ? {
          ...old,
          name: file.name,
          names: old.names.includes(file.name) ? old.names : [...old.names, file.name],
          lastOpenedAt: at,
        }
      : { sha256: file.sha256, name: file.name, names: [file.name], createdAt: at, lastOpenedAt: at };
    await db.reviews.put(row);
    return row;
  });
}

/** Makes sure a review row exists before a note or decision is written to it. */
export async function ensureReview(db: ReviewDb, sha256: string, at: string = nowIso()): Promise<void> {
  const old = await db.reviews.get(sha256);
  if (!old) await db.reviews.put({ sha256, name: '', names: [], createdAt: at, lastOpenedAt: at });
}
