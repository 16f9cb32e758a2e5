import type { IndexableType, Table } from 'dexie';

/**
 * An undo refused because the row has changed since the change it would take back: another
 * window of the app (they share the database), or a notes backup imported since, wrote it.
 * Putting the old row back would silently throw that later work away.
 */
export class StaleUndoError extends Error {
  override name = 'StaleUndoError';
}

/** A row's version: its `updatedAt` (every write of the app sets it), or null for no row. */
const versionOf = (row: { updatedAt: string } | undefined): string | null => row?.updatedAt ?? null;

/**
 * Takes one change back, inside a read-write transaction on `table`: puts `before` back (or
 * removes the row if there was none) only if the row is still the one the change wrote
 * (`written`, or none). A row already as it was before needs nothing; any other row is newer
 * work, and the undo is refused with a StaleUndoError naming `what` (「这条批注」).
 */
export async function restoreIfUnchanged<T extends { updatedAt: string }, K extends IndexableType, I>(
  table: Table<T, K, I>,
  key: NoInfer<K>,
  written: T | undefined,
  before: (T & I) | undefined,
  what: string,
): Promise<void> {
  const current = await table.get(key);
  if (versionOf(current) === versionOf(before)) return;
  if (versionOf(current) !== versionOf(written)) {
    const when = current ? `（${new Date(current.updatedAt).toLocaleString('zh-CN', { hour12: false })}）` : '';
    throw new StaleUndoError(`${what}在此之后已被${current ? `修改${when}` : '删除'}，可能是在另一个窗口中或导入备份时；撤销会覆盖那次改动，因此没有撤销。`);
  }
  if (before) await table.put(before);
  else await table.delete(key);
}
