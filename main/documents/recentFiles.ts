import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../atomicWrite';
import { basename, join } from 'node:path';
import type { RecentEntry } from '../../shared/ipc/contract';

interface StoredEntry extends RecentEntry {
  path: string;
}

/**
 * The recent-files list, persisted as JSON in a folder main chooses (userData in the app, a
 * temporary folder in tests). The renderer sees tokens and names; paths stay here.
 */
export class RecentFiles {
  private entries: StoredEntry[];
  private readonly file: string;

  constructor(
    folder: string,
    private readonly limit = 10,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(folder, 'recent-files.json');
    this.entries = this.load();
  }

  /** Newest first, without files that have disappeared since. */
  list(): RecentEntry[] {
    return this.entries.filter((e) => existsSync(e.path)).map(({ token, name, openedAt }) => ({ token, name, openedAt }));
  }

  /** Records that these paths were opened (the last one becomes the newest). */
  add(paths: string[]): void {
    for (const path of paths) {
      const old = this.entries.find((e) => e.path === path);
      const entry: StoredEntry = {
        token: old?.token ?? randomUUID(),
        path,
        name: basename(path),
        openedAt: this.now().toISOString(),
      };
      this.entries = [entry, ...this.entries.filter((e) => e.path !== path)].slice(0, this.limit);
    }
    this.save();
  }

  /** The path behind a token, or null. */
  pathOf(token: string): string | null {
    return this.entries.find((e) => e.token === token)?.path ?? null;
  }

  private load(): StoredEntry[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(isStoredEntry).slice(0, this.limit);
    } catch {
      return [];
    }
  }

  private save(): void {
    mkdirSync(join(this.file, '..'), { recursive: true });
    // Write then rename, so that a crash never leaves half a list.
    writeFileAtomicSync(this.file, JSON.stringify(this.entries, null, 2));
  }
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.token === 'string' && typeof v.path === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'string';
}
