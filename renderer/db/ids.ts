/** A random id for a note: a UUID where the platform has one, else 128 random bits in hex. */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The current time as an ISO string (one place, so that every row uses the same format). */
export function nowIso(): string {
  return new Date().toISOString();
}
