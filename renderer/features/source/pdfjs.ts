import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships with the bundle; cMaps and standard fonts are copied beside it at build time
// (electron.vite.config.ts), so nothing is ever fetched from the internet.
GlobalWorkerOptions.workerSrc = workerUrl;

function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Opens PDF bytes with pdf.js, the same options as main's parser: no eval, bundled cMaps/fonts. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers the buffer to its worker: give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    cMapUrl: assetUrl('pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('pdfjs/standard_fonts/'),
    isEvalSupported: false,
    enableXfa: false,
  }).promise;
}
