import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The marker before the fuse wire in an Electron executable (@electron/fuses' SENTINEL). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's fuse wire as shipped, version 1, eight fuses: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, asar integrity off, only-app.asar off, browser V8 snapshot off,
 * file:// privileges on ('1' on, '0' off).
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * A stand-in for Electron's Linux distribution: electron-builder copies the folder, renames the
 * `electron` executable to the app's, trims `locales/` to `electronLanguages` and flips the fuses
 * (electronFuses) in the executable, which therefore holds the fuse wire as Electron's does;
 * nothing else is read from it. The real binary cannot be downloaded here and no test needs it.
 */
export function standInElectronDist(parent: string): string {
  const dist = join(parent, 'electron-dist');
  mkdirSync(join(dist, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]);
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in\n'), wire, Buffer.from('\n')]));
  chmodSync(join(dist, 'electron'), 0o755);
  for (const locale of ['zh-CN', 'en-US', 'de']) writeFileSync(join(dist, 'locales', `${locale}.pak`), '');
  return dist;
}

/**
 * Builds out/ (electron-vite, as `npm run dist` does) and packages it with electron-builder's
 * Linux `dir` target, into a temporary folder; returns the unpacked app folder.
 */
export function buildLinuxDir(): string {
  const work = mkdtempSync(join(tmpdir(), 'review-package-'));
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${standInElectronDist(work)}`,
      `-c.directories.output=${join(work, 'dist')}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env },
  );
  return join(work, 'dist', 'linux-unpacked');
}
