import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of a background reading thread: below the window and the IPC, above nothing else. */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the priority of the calling thread only, so that reading a folder never takes the CPU
 * from the window (the renderer and the main thread's IPC keep theirs). With as many review
 * workers as cores, the list would otherwise wait for a core between files. Linux gives each
 * thread its own nice value: `/proc/thread-self` names the thread's id, and setpriority on that
 * id changes that thread (and threads it starts later, such as OCR's) alone. Elsewhere there is
 * no per-thread handle from Node (a process id would lower the whole main process), so nothing
 * is changed. Returns the thread id whose priority was lowered, or null.
 */
export function lowerThreadPriority(nice: number = BACKGROUND_NICE, readLink: (path: string) => string = readlinkSync): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const tid = Number(readLink('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return null;
    if (getPriority(tid) < nice) setPriority(tid, nice);
    return tid;
  } catch {
    // No /proc (a sandbox), or not permitted: the thread keeps its priority, nothing else changes.
    return null;
  }
}
