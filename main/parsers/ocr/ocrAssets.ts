import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The language models OCR uses: Simplified Chinese for text and labels, English for digits. */
export const OCR_LANGS = ['chi_sim', 'eng'] as const;
export type OcrLang = (typeof OCR_LANGS)[number];

/** The model of tesseract's orientation detection (OSD): which way up a scanned page lies. */
export const OSD_MODEL = 'osd';

/** The model version: `4.0.0` (the `4.0.0_best_int` pair misloads when combined). */
const MODEL_VERSION = '4.0.0';

/**
 * The folder holding a language's `.traineddata.gz`: under `process.resourcesPath/ocr/tessdata` in the
 * packaged app (electron-builder.yml copies it there), else in node_modules/@tesseract.js-data.
 * Always a plain folder path: tesseract.js fetches from a CDN when given no path, or a URL when
 * given one, and nothing may go to a network.
 */
export function traineddataDir(lang: OcrLang | typeof OSD_MODEL, resourcesPath = (process as { resourcesPath?: string }).resourcesPath): string {
  const packaged = resourcesPath ? join(resourcesPath, 'ocr', 'tessdata') : undefined;
  if (packaged && existsSync(join(packaged, `${lang}.traineddata.gz`))) return packaged;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), MODEL_VERSION);
}
