/**
 * Runtime checks of what crosses IPC (Signal-Desktop): the renderer is untrusted, so every
 * argument is checked for type and size before a handler sees it.
 */

/** A validator returns the typed value, or undefined when the argument is not acceptable. */
export type Validator<T> = (value: unknown) => T | undefined;

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** A document id or token: a short opaque string (UUIDs in practice). */
export const isOpaqueId: Validator<string> = (value) =>
  typeof value === 'string' && ID.test(value) ? value : undefined;

/** A non-empty list of at most 200 opaque ids. */
export const isIdList: Validator<string[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || value.length > 200) return undefined;
  return value.every((v) => isOpaqueId(v) !== undefined) ? (value as string[]) : undefined;
};

/** An absolute file path of reasonable length (from the preload's drop handling only). */
export const isAbsolutePath: Validator<string> = (value) => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096 || value.includes('\0')) return undefined;
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\') ? value : undefined;
};

/** Checks a whole argument list against validators (exact length); undefined when any fails. */
export function validateArgs(args: unknown[], validators: Validator<unknown>[]): unknown[] | undefined {
  if (args.length !== validators.length) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < validators.length; i++) {
    const v = validators[i](args[i]);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * True when a frame URL is our own renderer: the app:// bundle, or the dev server in development.
 * Anything else (a navigated-away frame, an iframe, a remote page) is refused.
 */
export function isTrustedUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'bundle') return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
