/**
 * Storage errors are shown, never swallowed: every failed read or write of the notes database
 * lands here, and the StorageErrorBanner shows the latest one until it is dismissed.
 */

/** What went wrong, for the banner. */
export interface StorageProblem {
  kind: 'quota' | 'version' | 'blocked' | 'versionchange' | 'closed' | 'other';
  message: string;
  /** The technical name and message, for a bug report. */
  detail: string;
}

type Listener = () => void;
let problem: StorageProblem | null = null;
const listeners = new Set<Listener>();

function emit(): void {
  for (const l of listeners) l();
}

/** Subscribes to changes of the current problem (for useSyncExternalStore). */
export function subscribeStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current problem, or null. */
export function getStorageProblem(): StorageProblem | null {
  return problem;
}

/** Forgets the current problem (the banner's close button). */
export function clearStorageProblem(): void {
  problem = null;
  emit();
}

/** Records a problem to show. */
export function setStorageProblem(next: StorageProblem): void {
  problem = next;
  emit();
}

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  // Dexie wraps the DOMException (AbortError → inner QuotaExceededError); look through.
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  return out;
}

/** Turns any error of IndexedDB or Dexie into a problem with a Chinese message. */
export function describeStorageError(err: unknown): StorageProblem {
  const all = names(err);
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  if (all.includes('QuotaExceededError')) {
    return {
      kind: 'quota',
      message: '存储空间不足，刚才的批注未能保存。请先导出批注备份，再清理磁盘空间后重试。',
      detail,
    };
  }
  if (all.includes('VersionError')) {
    return {
      kind: 'version',
      message: '批注数据库由更新版本的年报审阅创建，本版本无法打开。请升级程序；已有批注不会被改动。',
      detail,
    };
  }
  if (all.includes('DatabaseClosedError')) {
    return { kind: 'closed', message: '批注数据库已关闭，批注暂时无法读写。请重新加载窗口。', detail };
  }
  // Refusals the app makes itself (a note beyond its limits, an undo that would overwrite newer
  // work) already speak to the user.
  if (err instanceof Error && (err.name === 'NoteLimitError' || err.name === 'StaleUndoError')) return { kind: 'other', message: err.message, detail };
  return { kind: 'other', message: `批注读写失败：${detail}`, detail };
}

/** Records an error as the current problem and returns it. */
export function reportStorageError(err: unknown): StorageProblem {
  const p = describeStorageError(err);
  setStorageProblem(p);
  return p;
}

/** Awaits a storage operation; on failure shows the error and resolves to undefined. */
export async function guarded<T>(op: () => Promise<T>): Promise<T | undefined> {
  try {
    return await op();
  } catch (err) {
    reportStorageError(err);
    return undefined;
  }
}
