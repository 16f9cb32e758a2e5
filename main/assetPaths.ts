// Built as its own entry (out/main/assetPaths.js, electron.vite.config.ts) and loaded by the
// package test (test/package) from the packaged app, so that the resolution code the package
// really contains is checked against the files the package really holds.
import { fileURLToPath } from 'node:url';
import { builtWorkerUrl } from './packagedPaths';
import { locatePdfjsAssets, pdfjsAssetRoot } from './parsers/pdf/pdfjsAssets';
import { resolveBundlePath } from './bundlePath';
import { traineddataDir } from './parsers/ocr/ocrAssets';
import { join } from 'node:path';

/**
 * Every file and folder the app finds by path at run time, named by what it is for, resolved as
 * the app resolves them given `resourcesPath` (Electron's process.resourcesPath) and the URL of
 * the main bundle (out/main/index.js, inside app.asar when packaged). A new run-time resource
 * (OCR language data, …) gets its line here.
 */
export function packagedAssetPaths(resourcesPath: string, mainModuleUrl: string): Record<string, string> {
  const pdfjs = locatePdfjsAssets(resourcesPath);
  const rendererDir = fileURLToPath(new URL('../renderer/', mainModuleUrl));
  const served = (path: string) => resolveBundlePath(rendererDir, `app://bundle/${path}`, { pdfjs: pdfjsAssetRoot(resourcesPath) }) ?? `(refused: ${path})`;
  return {
    'pdf.js cMaps (main)': pdfjs.cMapUrl,
    'pdf.js standard fonts (main)': pdfjs.standardFontDataUrl,
    'pdf.js wasm (main)': pdfjs.wasmUrl ?? '(none)',
    'pdf.js colour profiles (main)': pdfjs.iccUrl ?? '(none)',
    'review worker': fileURLToPath(builtWorkerUrl(mainModuleUrl)),
    'OCR Chinese model': join(traineddataDir('chi_sim', resourcesPath), 'chi_sim.traineddata.gz'),
    'OCR English model': join(traineddataDir('eng', resourcesPath), 'eng.traineddata.gz'),
    'OCR orientation model': join(traineddataDir('osd', resourcesPath), 'osd.traineddata.gz'),
    'renderer page': served('index.html'),
    'pdf.js cMap (renderer)': served('pdfjs/cmaps/UniGB-UCS2-H.bcmap'),
    'pdf.js standard font (renderer)': served('pdfjs/standard_fonts/FoxitSerif.pfb'),
  };
}
