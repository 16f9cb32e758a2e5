// Issue 9 item 11 / issue 16: the packaged app's Electron fuses. electron-builder flips them from
// electron-builder.yml; the package test reads them back from the packaged executable. This
// checks the production configuration itself, so that no edit quietly drops one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

describe('Electron fuses of the packaged app', () => {
  it('switch off running as Node, NODE_OPTIONS and --inspect, and load only the checked app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar needs the app in an asar.
    expect(config.asar).toBe(true);
  });

  it('match what the app needs: no child Node process, no page of its own on file://', () => {
    // RunAsNode off breaks child_process.fork and ELECTRON_RUN_AS_NODE; file:// without extra
    // privileges is enough only for a page that fetches nothing. Main must not start to rely on them.
    const main = (name: string) => readFileSync(join(ROOT, 'main', name), 'utf8');
    for (const name of ['index.ts', 'window.ts', 'export/electronPdf.ts', 'documents/reviewSlot.ts', 'packagedPaths.ts']) {
      expect(main(name), name).not.toMatch(/ELECTRON_RUN_AS_NODE|\bfork\(|utilityProcess/);
    }
    expect(main('export/electronPdf.ts')).toMatch(/javascript: false/);
  });
});
