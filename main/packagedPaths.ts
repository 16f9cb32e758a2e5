import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A file of the packaged app that must be read from the real disk: its twin in
 * app.asar.unpacked when electron-builder unpacked it (electron-builder.yml `asarUnpack`), else
 * the path as given (a build run from out/, a test, the CLI).
 *
 * Worker threads cannot be relied on to load ES modules out of app.asar, so the review worker
 * is started from app.asar.unpacked, where its chunks and packages are too; inside the worker,
 * modules then see real paths, and so do the packages they start workers from.
 */
export function outsideAsar(url: URL): URL {
  if (url.protocol !== 'file:') return url;
  const path = fileURLToPath(url);
  const unpacked = path.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
  return unpacked !== path && existsSync(unpacked) ? pathToFileURL(unpacked) : url;
}

/** The built review worker beside the main bundle whose URL is given (out/main/index.js). */
export function builtWorkerUrl(mainModuleUrl: string): URL {
  return outsideAsar(new URL('./reviewWorker.js', mainModuleUrl));
}
