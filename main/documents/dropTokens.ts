import { randomUUID } from 'node:crypto';

/**
 * One-use tokens for dropped files: the preload hands main the path of a dropped File and gets a
 * token back, which is all the page ever holds. Tokens expire, so a leaked one is soon worthless.
 */
export class DropTokens {
  private readonly paths = new Map<string, { path: string; expires: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh token for a path. */
  issue(path: string): string {
    this.sweep();
    const token = randomUUID();
    this.paths.set(token, { path, expires: this.now() + this.ttlMs });
    return token;
  }

  /** The path of a token, consuming it; null when unknown or expired. */
  take(token: string): string | null {
    this.sweep();
    const entry = this.paths.get(token);
    this.paths.delete(token);
    return entry ? entry.path : null;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.paths) if (entry.expires <= now) this.paths.delete(token);
  }
}
