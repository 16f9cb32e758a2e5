import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { locatePdfjsAssets } from '../../../../../main/parsers/pdf/pdfjsAssets';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('locatePdfjsAssets', () => {
  it('finds the cMaps and standard fonts of pdfjs-dist when not packaged, as folder paths ending in /', () => {
    const assets = locatePdfjsAssets(undefined);
    expect(assets.cMapUrl.endsWith('/')).toBe(true);
    expect(existsSync(`${assets.cMapUrl}UniGB-UCS2-H.bcmap`)).toBe(true);
    expect(existsSync(`${assets.standardFontDataUrl}FoxitSerif.pfb`)).toBe(true);
  });

  it('prefers resources/pdfjs of the packaged app when it holds the cMaps', () => {
    const resources = mkdtempSync(join(tmpdir(), 'pdfjs-resources-'));
    made.push(resources);
    mkdirSync(join(resources, 'pdfjs', 'cmaps'), { recursive: true });
    mkdirSync(join(resources, 'pdfjs', 'standard_fonts'), { recursive: true });
    const assets = locatePdfjsAssets(resources);
    expect(assets.cMapUrl).toBe(`${join(resources, 'pdfjs', 'cmaps')}/`);
    expect(assets.standardFontDataUrl).toBe(`${join(resources, 'pdfjs', 'standard_fonts')}/`);
    expect(assets.wasmUrl).toBeNull();
  });

  it('falls back to node_modules when resourcesPath has no pdfjs folder (running from source in Electron)', () => {
    const resources = mkdtempSync(join(tmpdir(), 'pdfjs-resources-'));
    made.push(resources);
    expect(locatePdfjsAssets(resources).cMapUrl).toBe(locatePdfjsAssets(undefined).cMapUrl);
  });
});
