import { afterEach } from 'vitest';
import { ReviewDb } from '../../../../renderer/db/db';

let n = 0;

/** A fresh, empty database with its own name, so that tests never share state. */
export function freshDb(): ReviewDb {
  n += 1;
  return new ReviewDb(`test-notes-${Date.now()}-${n}-${Math.random().toString(36).slice(2)}`);
}

/** A content hash that looks like one. */
export function sha(c: string): string {
  return c.repeat(64).slice(0, 64);
}

/**
 * A maker of fresh databases for one test file: each database it gives is closed after the test
 * that opened it.
 */
export function freshDbs(): () => ReviewDb {
  const open: ReviewDb[] = [];
  afterEach(() => {
    for (const d of open.splice(0)) d.close();
  });
  return () => {
    const d = freshDb();
    open.push(d);
    return d;
  };
}
