import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, ReviewDb, watchDb } from '../../../../renderer/db/db';
import { clearStorageProblem, describeStorageError, getStorageProblem, guarded } from '../../../../renderer/db/storageErrors';

afterEach(() => clearStorageProblem());

function name(): string {
  return `errors-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

describe('storage errors are shown, never silent', () => {
  it('recognises a quota error even when Dexie wraps it in an AbortError', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(describeStorageError(wrapped)).toMatchObject({ kind: 'quota' });
    expect(describeStorageError(wrapped).message).toContain('存储空间不足');
  });

  it('reports a failed write through guarded and resolves to undefined', async () => {
    const result = await guarded(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    expect(result).toBeUndefined();
    expect(getStorageProblem()?.kind).toBe('quota');
  });

  it('warns when the database was upgraded by a newer version of the app', async () => {
    const dbName = name();
    const newer = new Dexie(dbName);
    newer.version(DB_VERSION + 1).stores({ reviews: '&sha256' });
    await newer.open();
    newer.close();
    const db = watchDb(new ReviewDb(dbName));
    await db.open();
    expect(getStorageProblem()).toMatchObject({ kind: 'version' });
    expect(getStorageProblem()?.message).toContain('更新版本');
    db.close();
  });

  it('names a VersionError from IndexedDB as a version problem', () => {
    expect(describeStorageError(new DOMException('x', 'VersionError')).kind).toBe('version');
  });

  it('shows a blocked upgrade while an old window holds version 1 open', async () => {
    const dbName = name();
    const v1 = new Dexie(dbName);
    v1.version(1).stores({ reviews: '&sha256, lastOpenedAt' });
    await v1.open();
    // An old window that does not let go when asked to (raw IndexedDB, no versionchange handler).
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      v1.close();
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = watchDb(new ReviewDb(dbName));
    const opening = db.open();
    await new Promise((r) => setTimeout(r, 200));
    expect(getStorageProblem()?.kind).toBe('blocked');
    expect(getStorageProblem()?.message).toContain('关闭其他');
    raw.close();
    await opening;
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });
});
