import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';

/** A temporary name beside `path`, unique to this write (a fixed `.tmp` raced between writers). */
function temporaryBeside(path: string): string {
  return `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Writes a file atomically: to a unique temporary file beside it, then renamed over it, so that a
 * crash, a full disk or a concurrent writer leaves either the old file or the new one, never a
 * half-written one. The temporary file is removed when the write fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** writeFileAtomic for the few synchronous callers (the recent-files list). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    throw error;
  }
}
