/** A random id for a note: a UUID where the platform has one, else 128 random bits in hex. */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let lastMs = 0;

/**
 * The current time as an ISO string (one place, so that every row uses the same format), never
 * the same twice in this window: a row's `updatedAt` is its version (staleUndo.ts), and two writes
 * of one row in the same millisecond would otherwise share it, so that undoing the second took
 * its row for the first's and did nothing.
 */
export function nowIso(): string {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return new Date(lastMs).toISOString();
}
