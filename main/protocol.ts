import { net, protocol } from 'electron';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Must run before app is ready: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps app://bundle/<path> to a file inside the built renderer folder, refusing anything that
 * would leave it. Serving the bundle from a standard origin (not file://) lets the CSP say 'self'
 * and lets pdf.js fetch its cMaps and fonts.
 */
export function resolveBundlePath(rendererDir: string, url: string): string | null {
  const parsed = new URL(url);
  if (parsed.protocol !== 'app:' || parsed.host !== 'bundle') return null;
  const pathname = decodeURIComponent(parsed.pathname);
  const target = resolve(rendererDir, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(rendererDir, target);
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(rendererDir, rel) !== target) return null;
  return target;
}

/** Serves the renderer bundle on app://bundle. */
export function serveBundle(rendererDir: string): void {
  protocol.handle('app', (request) => {
    const path = resolveBundlePath(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
