import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the app exactly as `npm start` does (electron-vite build), into a temporary folder so
 * that parallel runs never clobber out/, and returns the renderer folder.
 */
export function buildRenderer(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'review-e2e-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  return join(outDir, 'renderer');
}
