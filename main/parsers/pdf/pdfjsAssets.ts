import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where pdf.js's character maps and standard font data live, as folder paths ending in `/`. */
export interface PdfjsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  /** pdf.js's wasm decoders (JPEG 2000, colour profiles); null when not bundled. */
  wasmUrl: string | null;
  iccUrl: string | null;
}

let cached: PdfjsAssets | undefined;

/**
 * Finds the bundled cMaps and standard fonts: under `process.resourcesPath/pdfjs` in the packaged
 * app (electron-builder.yml copies them there), else in node_modules/pdfjs-dist. Without cMaps,
 * Chinese text in PDFs with non-embedded CID fonts silently disappears; nothing may be fetched.
 */
export function pdfjsAssets(): PdfjsAssets {
  cached ??= locatePdfjsAssets((process as { resourcesPath?: string }).resourcesPath);
  return cached;
}

/** The asset folders under `resourcesPath/pdfjs` when they are there, else in node_modules. */
export function locatePdfjsAssets(resourcesPath: string | undefined): PdfjsAssets {
  const root = pdfjsAssetRoot(resourcesPath);
  return {
    cMapUrl: dirUrl(join(root, 'cmaps')),
    standardFontDataUrl: dirUrl(join(root, 'standard_fonts')),
    wasmUrl: existsSync(join(root, 'wasm')) ? dirUrl(join(root, 'wasm')) : null,
    iccUrl: existsSync(join(root, 'iccs')) ? dirUrl(join(root, 'iccs')) : null,
  };
}

/**
 * The folder holding pdf.js's `cmaps/`, `standard_fonts/`, `wasm/` and `iccs/`: `resourcesPath/pdfjs`
 * in the packaged app (extraResources), else the pdfjs-dist package. The renderer's
 * app://bundle/pdfjs/ is served from the same folder (main/protocol.ts).
 */
export function pdfjsAssetRoot(resourcesPath: string | undefined): string {
  const packaged = resourcesPath ? join(resourcesPath, 'pdfjs') : undefined;
  return packaged && existsSync(join(packaged, 'cmaps')) ? packaged : pdfjsDistRoot();
}

function pdfjsDistRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

// pdf.js in Node reads `${base}${fileName}` with fs.readFile, which takes a plain path (a
// `file://` string would be read as a relative path), and insists on a trailing `/`; a `/`
// after a Windows folder path is accepted by fs as well.
function dirUrl(path: string): string {
  return path.endsWith('/') || path.endsWith('\\') ? path.replace(/\\$/, '/') : `${path}/`;
}
