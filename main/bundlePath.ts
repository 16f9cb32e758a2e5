import { relative, resolve, sep } from 'node:path';

/**
 * Folders served under a first path segment of app://bundle instead of the renderer folder:
 * `{ pdfjs: '/…/resources/pdfjs' }` serves app://bundle/pdfjs/cmaps/… from there, so that the
 * packaged app ships pdf.js's data once (electron-builder.yml extraResources).
 */
export type BundleMounts = Readonly<Record<string, string>>;

/**
 * Maps app://bundle/<path> to a file inside the built renderer folder (or a mounted folder),
 * refusing anything that would leave it. Serving the bundle from a standard origin (not file://)
 * lets the CSP say 'self' and lets pdf.js fetch its cMaps and fonts.
 */
export function resolveBundlePath(rendererDir: string, url: string, mounts: BundleMounts = {}): string | null {
  const parsed = new URL(url);
  if (parsed.protocol !== 'app:' || parsed.host !== 'bundle') return null;
  const pathname = decodeURIComponent(parsed.pathname);
  const [, first, ...rest] = pathname.split('/');
  const mounted = rest.length > 0 && Object.hasOwn(mounts, first) ? mounts[first] : undefined;
  const root = mounted ?? rendererDir;
  const inside = mounted !== undefined ? `/${rest.join('/')}` : pathname === '/' ? '/index.html' : pathname;
  const target = resolve(root, `.${inside}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== target) return null;
  return target;
}
