import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomicSync } from '../atomicWrite';

/** A file the user opened: the id the renderer keeps, and what only main knows. */
export interface KnownFile {
  id: string;
  path: string;
  /** The content hash when it was last read (null when it could not be read). */
  sha256: string | null;
  name: string;
  openedAt: string;
}

/**
 * Every file the user has opened (dialog, drop, folder, recent), by the document id main gave
 * it, persisted as JSON in a folder main chooses (userData in the app, a temporary folder in
 * tests; none keeps it in memory only). The renderer keeps its batches as these ids; reopening a
 * batch (`documents:reopen`) accepts only ids recorded here, so the page can never name a path,
 * only a file the user chose before. The oldest entries are forgotten past `limit`.
 */
export class KnownFiles {
  private readonly byId = new Map<string, KnownFile>();
  private readonly idByPath = new Map<string, string>();
  private readonly file: string | null;

  constructor(
    folder: string | null,
    private readonly limit = 20_000,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = folder ? join(folder, 'known-files.json') : null;
    for (const entry of this.load()) this.put(entry);
  }

  /** The id of a path: the one it was given before, or a new one (recorded by `record`). */
  idFor(path: string): string {
    return this.idByPath.get(path) ?? randomUUID();
  }

  /** The path behind an id, or null when main never opened it (or has forgotten it). */
  pathOf(id: string): string | null {
    return this.byId.get(id)?.path ?? null;
  }

  /** What main knows of an id, or null. */
  get(id: string): KnownFile | null {
    return this.byId.get(id) ?? null;
  }

  /** Records files just read (a new path for an id moves it: 重新定位); saved at once. */
  record(entries: ReadonlyArray<{ id: string; path: string; sha256: string | null }>): void {
    if (entries.length === 0) return;
    const at = this.now().toISOString();
    for (const e of entries) this.put({ id: e.id, path: e.path, sha256: e.sha256, name: basename(e.path), openedAt: at });
    this.prune();
    this.save();
  }

  /** Number of files known. */
  get size(): number {
    return this.byId.size;
  }

  private put(entry: KnownFile): void {
    const old = this.byId.get(entry.id);
    if (old && this.idByPath.get(old.path) === entry.id) this.idByPath.delete(old.path);
    // Map order is insertion order: delete first, so the newest entries are last.
    this.byId.delete(entry.id);
    this.byId.set(entry.id, entry);
    this.idByPath.set(entry.path, entry.id);
  }

  private prune(): void {
    for (const [id, entry] of this.byId) {
      if (this.byId.size <= this.limit) break;
      this.byId.delete(id);
      if (this.idByPath.get(entry.path) === id) this.idByPath.delete(entry.path);
    }
  }

  private load(): KnownFile[] {
    if (!this.file) return [];
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isKnownFile).slice(-this.limit) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    if (!this.file) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      // Write then rename, so that a crash never leaves half a list.
      writeFileAtomicSync(this.file, JSON.stringify([...this.byId.values()]));
    } catch {
      // A full or read-only disk loses only the ability to reopen the batch after a restart.
    }
  }
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

function isKnownFile(value: unknown): value is KnownFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    ID.test(v.id) &&
    typeof v.path === 'string' &&
    v.path.length > 0 &&
    (v.sha256 === null || typeof v.sha256 === 'string') &&
    typeof v.name === 'string' &&
    typeof v.openedAt === 'string'
  );
}
