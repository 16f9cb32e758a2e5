import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundlePath } from '../../../main/bundlePath';
import { aboutPanelOptions } from '../../../main/about';

const renderer = resolve('/app/out/renderer');
const pdfjs = resolve('/app/resources/pdfjs');

describe('app://bundle paths', () => {
  it('serves the renderer, index.html at the root', () => {
    expect(resolveBundlePath(renderer, 'app://bundle/')).toBe(join(renderer, 'index.html'));
    expect(resolveBundlePath(renderer, 'app://bundle/assets/index.js')).toBe(join(renderer, 'assets/index.js'));
  });

  it("serves pdf.js's data from the mounted resources folder, not the renderer's copy", () => {
    expect(resolveBundlePath(renderer, 'app://bundle/pdfjs/cmaps/UniGB-UCS2-H.bcmap', { pdfjs })).toBe(join(pdfjs, 'cmaps/UniGB-UCS2-H.bcmap'));
    expect(resolveBundlePath(renderer, 'app://bundle/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).toBe(join(renderer, 'pdfjs/cmaps/UniGB-UCS2-H.bcmap'));
  });

  it('refuses a way out of the renderer or of a mounted folder, and the folders themselves', () => {
    for (const url of [
      'app://bundle/pdfjs/..%2F..%2Fsecret',
      'app://bundle/pdfjs/cmaps/..%2F..%2F..%2Fapp.asar',
      'app://bundle/..%2Fmain/index.js',
      'app://bundle/pdfjs/',
      'app://other/index.html',
    ]) {
      expect(resolveBundlePath(renderer, url, { pdfjs }), url).toBeNull();
    }
  });

  it('does not take a mount from the object prototype', () => {
    expect(resolveBundlePath(renderer, 'app://bundle/constructor/x', { pdfjs })).toBe(join(renderer, 'constructor/x'));
  });
});

describe('about box', () => {
  it('shows the name, the version given and the copyright', () => {
    expect(aboutPanelOptions('1.2.3')).toMatchObject({ applicationName: '年报审阅', applicationVersion: '1.2.3', copyright: expect.stringContaining('年报审阅开发组') });
  });
});
