import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toReportJson } from '../../main/documents/reportJson';
import { readReport, type ReadOutcome } from '../../main/documents/review';
import type { ReviewWorkerData, WorkerReply } from '../../main/documents/reviewWorker';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';
import { listAsar, packagesIn, type AsarFile } from './asarListing';
import { ELECTRON_DEFAULT_FUSES, FUSE_SENTINEL, buildLinuxDir } from './buildPackage';

const ROOT = resolve(import.meta.dirname, '../..');
/** app.asar plus app.asar.unpacked; pdf.js's data and other extraResources are counted apart. */
const BUDGET_BYTES = 40 * 1024 * 1024;

interface BuilderConfig {
  extraResources: { from: string; to: string }[];
  copyright: string;
}
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

let resources = '';
let archive = '';
let unpacked = '';
let files: AsarFile[] = [];

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let appDir = '';

beforeAll(() => {
  appDir = buildLinuxDir();
  resources = join(appDir, 'resources');
  archive = join(resources, 'app.asar');
  unpacked = join(resources, 'app.asar.unpacked');
  files = listAsar(archive);
});

// The package is some 25 MB in the temporary folder: gone once inspected.
afterAll(() => {
  // Only the temporary folder buildLinuxDir made (…/review-package-*/dist/linux-unpacked).
  const work = appDir ? resolve(appDir, '../..') : '';
  if (/[\\/]review-package-[^\\/]+$/.test(work)) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (Linux dir target, stand-in Electron)', () => {
  it('holds main, preload, renderer and the review worker, built', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const entry of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/reviewWorker.js',
      '/out/main/assetPaths.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(paths, entry).toContain(entry);
    }
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f.path))).toBe(true);
    const packaged = JSON.parse(
      execFileSync(process.execPath, ['-e', `process.stdout.write(require('@electron/asar').extractFile(${JSON.stringify(archive)}, 'package.json'))`], {
        cwd: ROOT,
      }).toString(),
    ) as { main: string; version: string };
    expect(paths).toContain(`/${packaged.main}`);
  });

  it('ships no tests, no source maps, no sources and no TypeScript declarations', () => {
    const unwanted = files.filter(
      (f) => /(^|\/)(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\.tsx?$|\.d\.[cm]?ts$/.test(f.path) && !f.path.endsWith('.json'),
    );
    expect(unwanted.map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => /^\/(main|renderer|preload|shared|test|build|scripts)\//.test(f.path)).map((f) => f.path)).toEqual([]);
  });

  it('ships only production packages, none that Vite already bundled into out/', () => {
    // electron-builder lays node_modules out afresh (its own hoisting), so packages are compared
    // by name and version with the production dependency tree, not by folder.
    interface NpmTree {
      version?: string;
      dependencies?: Record<string, NpmTree>;
    }
    const production = new Set<string>();
    const walk = (deps: Record<string, NpmTree> = {}) => {
      for (const [name, node] of Object.entries(deps)) {
        production.add(`${name}@${node.version}`);
        walk(node.dependencies);
      }
    };
    walk(
      (JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as NpmTree).dependencies,
    );
    const packaged = [...packagesIn(files)].map((dir) => {
      const { name, version } = JSON.parse(readFileSync(join(unpacked, dir, 'package.json'), 'utf8')) as { name: string; version: string };
      return `${name}@${version}`;
    });
    expect(packaged.filter((p) => !production.has(p))).toEqual([]);
    // The renderer's packages live in its bundle; main's are what electron-vite left external.
    const names = new Set(packaged.map((p) => p.replace(/@[^@]*$/, '')));
    for (const bundled of ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'dompurify', 'electron', 'vite', 'typescript', '@napi-rs/canvas'])
      expect(names, bundled).not.toContain(bundled);
    for (const dependency of Object.keys(pkg.dependencies)) expect(names, dependency).toContain(dependency);
  });

  it('can load every package main and the worker import, from the unpacked folder', () => {
    const specifiers = new Set<string>();
    const mainOut = join(unpacked, 'out/main');
    for (const entry of readdirSync(mainOut, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.js')) continue;
      const code = readFileSync(join(mainOut, entry), 'utf8');
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)) specifiers.add(match[1]);
    }
    // electron is the runtime itself; esbuild only serves runs from TypeScript sources.
    const external = [...specifiers].filter((s) => !s.startsWith('node:') && s !== 'electron' && s !== 'esbuild').sort();
    expect(external).toContain('mammoth');
    // pdf.js is only resolved here: it loads after the parser's DOMMatrix (the worker test below).
    const script = `for (const s of ${JSON.stringify(external)}) { const url = import.meta.resolve(s); if (!url.startsWith(${JSON.stringify(`${pathToFileURL(unpacked).href}/`)})) throw new Error(s + ' resolved outside the package: ' + url); if (!s.startsWith('pdfjs-dist/')) await import(s); }`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: mainOut, stdio: ['ignore', 'ignore', 'pipe'] });
  });

  it('has every extraResources folder, not empty', () => {
    expect(config.extraResources.length).toBeGreaterThan(0);
    for (const { to } of config.extraResources) {
      const dir = join(resources, to);
      expect(existsSync(dir), to).toBe(true);
      expect(readdirSync(dir).length, to).toBeGreaterThan(0);
    }
  });

  it(`keeps app.asar and app.asar.unpacked within ${mb(BUDGET_BYTES)}`, () => {
    const asarBytes = statSync(archive).size;
    const unpackedBytes = folderBytes(unpacked);
    const lines = [
      `app.asar ${mb(asarBytes)}`,
      `app.asar.unpacked ${mb(unpackedBytes)}`,
      `app.asar + unpacked ${mb(asarBytes + unpackedBytes)} (budget ${mb(BUDGET_BYTES)})`,
    ];
    for (const { to } of config.extraResources) lines.push(`resources/${to} ${mb(folderBytes(join(resources, to)))}`);
    const biggest = [...packagesIn(files)]
      .map((p) => [p, files.filter((f) => f.path.startsWith(`/${p}/`)).reduce((n, f) => n + f.size, 0)] as const)
      .sort((a, b) => b[1] - a[1]);
    lines.push(
      `largest packages: ${biggest
        .slice(0, 5)
        .map(([p, n]) => `${p.replace(/^node_modules\//, '')} ${mb(n)}`)
        .join(', ')}`,
    );
    console.log(`[package sizes]\n  ${lines.join('\n  ')}`);
    expect(asarBytes + unpackedBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('finds every run-time asset where the package has it (the packaged main bundle resolving)', async () => {
    const proc = process as { resourcesPath?: string };
    const saved = proc.resourcesPath;
    proc.resourcesPath = resources;
    try {
      const { packagedAssetPaths } = (await import(pathToFileURL(join(unpacked, 'out/main/assetPaths.js')).href)) as typeof import('../../main/assetPaths');
      const paths = packagedAssetPaths(resources, pathToFileURL(join(archive, 'out/main/index.js')).href);
      const inArchive = new Set(files.map((f) => f.path));
      for (const [what, path] of Object.entries(paths)) {
        const insideAsar = path.startsWith(`${archive}${sep}`);
        const present = insideAsar ? inArchive.has(`/${relative(archive, path).split(sep).join('/')}`) : existsSync(path);
        expect(present, `${what}: ${path}`).toBe(true);
        if (what.startsWith('pdf.js')) expect(path.startsWith(join(resources, 'pdfjs')), `${what} from the extraResources`).toBe(true);
      }
      expect(paths['review worker']).toBe(join(unpacked, 'out/main/reviewWorker.js'));
    } finally {
      proc.resourcesPath = saved;
    }
  });

  it('reviews reports in the packaged worker, from the package alone, exactly as the sources do', async () => {
    const worker = new Worker(pathToFileURL(join(unpacked, 'out/main/reviewWorker.js')), { workerData: { resourcesPath: resources } satisfies ReviewWorkerData });
    try {
      const replies = new Map<number, (reply: ReadOutcome) => void>();
      const ready = new Promise<void>((done, fail) => {
        worker.on('error', fail);
        worker.on('message', (reply: WorkerReply) => (reply.type === 'ready' ? done() : reply.type === 'read' ? replies.get(reply.id)?.(reply.result) : undefined));
      });
      await ready;
      let id = 0;
      const read = (path: string) =>
        new Promise<ReadOutcome>((done) => {
          replies.set(++id, done);
          worker.postMessage({ id, path, limits: DEFAULT_LIMITS });
        });
      for (const file of [samplePath('005-hongze-gov-2023', 'pdf'), samplePath('000-weihai-science-2020', 'docx')]) {
        const [packaged, source] = await Promise.all([read(file), readReport(file)]);
        expect(packaged.ok, file).toBe(true);
        if (!packaged.ok || !source.ok) continue;
        const json = toReportJson({ ...packaged.doc, findings: [] });
        expect(json.organ, file).toBeTruthy();
        expect(json).toEqual(toReportJson({ ...source.doc, findings: [] }));
      }
      // A scanned page: OCR runs in the package without @napi-rs/canvas (not shipped, and not
      // resolvable from the package's folder in the temporary directory), reading the page
      // exactly as the sources do.
      const mainOut = join(unpacked, 'out/main');
      const resolvesCanvas = `try { import.meta.resolve('@napi-rs/canvas'); console.log('yes'); } catch { console.log('no'); }`;
      expect(execFileSync(process.execPath, ['--input-type=module', '-e', resolvesCanvas], { cwd: mainOut, encoding: 'utf8' }).trim()).toBe('no');
      // tesseract.js 7.0.0 loads a full core whatever the OEM (electron-builder.yml): the one of each CPU kind is shipped.
      for (const core of ['tesseract-core', 'tesseract-core-simd', 'tesseract-core-relaxedsimd'])
        for (const ext of ['js', 'wasm']) expect(existsSync(join(unpacked, 'node_modules/tesseract.js-core', `${core}.${ext}`)), `${core}.${ext}`).toBe(true);
      const scan = join(OWN_FIXTURES, 'scans/seal-over-table3-150dpi-skew.pdf');
      const [packaged, source] = await Promise.all([read(scan), readReport(scan)]);
      if (!packaged.ok) throw new Error(packaged.failed.error.message);
      if (!source.ok) throw new Error(source.failed.error.message);
      const json = toReportJson({ ...packaged.doc, findings: [] });
      expect(Object.values(json.tables.t3.granted ?? {}).filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
      expect(json).toEqual(toReportJson({ ...source.doc, findings: [] }));
    } finally {
      await worker.terminate();
    }
  }, 600_000);
});

describe('Electron fuses', () => {
  it('are flipped in the packaged executable as electron-builder.yml sets them', () => {
    const executable = readFileSync(join(appDir, 'report-review'));
    const at = executable.indexOf(FUSE_SENTINEL);
    expect(at).toBeGreaterThanOrEqual(0);
    const length = executable[at + FUSE_SENTINEL.length + 1];
    const wire = executable.toString('latin1', at + FUSE_SENTINEL.length + 2, at + FUSE_SENTINEL.length + 2 + length);
    expect(ELECTRON_DEFAULT_FUSES).toBe('10110001');
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only app.asar on, browser V8 snapshot as Electron ships it (off), file:// privileges off.
    expect(wire).toBe('01001100');
  });
});

describe('about box', () => {
  it('says the copyright of the packages', async () => {
    const { COPYRIGHT } = await import('../../main/about');
    expect(config.copyright).toBe(COPYRIGHT);
  });
});
