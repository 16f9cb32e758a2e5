import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { resolveBundlePath, type BundleMounts } from './bundlePath';

/** Must run before app is ready: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the renderer bundle on app://bundle. */
export function serveBundle(rendererDir: string, mounts: BundleMounts = {}): void {
  protocol.handle('app', (request) => {
    const path = resolveBundlePath(rendererDir, request.url, mounts);
    if (!path) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
