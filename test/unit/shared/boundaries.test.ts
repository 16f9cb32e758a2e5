import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

// tsconfig keeps Node and DOM types out of shared/, but a package import would still compile:
// this names the layers each folder may not reach (STYLE.md).
describe('layer boundaries', () => {
  it('shared/ imports only shared/', () => {
    const offending = sources(join(ROOT, 'shared')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith('.') || spec.includes('/main/') || spec.includes('/renderer/') || spec.includes('/preload/'))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('renderer/ imports neither Node, Electron nor main/', () => {
    const offending = sources(join(ROOT, 'renderer')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|electron$|fs$|path$|child_process$)/.test(spec) || spec.includes('/main/'))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('main/ imports neither React nor the renderer', () => {
    const offending = sources(join(ROOT, 'main')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(react|react-dom|dexie)/.test(spec) || spec.includes('/renderer/'))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
