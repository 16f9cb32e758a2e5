import type { ReviewDb } from './db';

/** The preference keys. */
export type PrefKey = 'author' | 'batch-view' | 'current-batch' | 'review-unit';

/** Reads a preference ('' when unset). */
export async function getPref(db: ReviewDb, key: PrefKey): Promise<string> {
  return (await db.prefs.get(key))?.value ?? '';
}

/** Writes a preference. */
export async function setPref(db: ReviewDb, key: PrefKey, value: string): Promise<void> {
  await db.prefs.put({ key, value });
}
