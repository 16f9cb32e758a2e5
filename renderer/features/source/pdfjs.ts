import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships with the bundle; cMaps and standard fonts are copied beside it at build time
// (electron.vite.config.ts), so nothing is ever fetched from the internet.
GlobalWorkerOptions.workerSrc = workerUrl;

function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

let worker: PDFWorker | null = null;

/**
 * One pdf.js worker for every PDF the view opens: starting it (loading and compiling its script)
 * costs a few hundred milliseconds, paid once, and warmPdfViewer pays it while the app is idle,
 * before the first PDF is opened.
 */
function sharedWorker(): PDFWorker {
  if (!worker || worker.destroyed) worker = new PDFWorker();
  return worker;
}

/** Starts pdf.js's worker in the background (when the browser is idle), so the first PDF opened does not wait for it. */
export function warmPdfViewer(): void {
  if (typeof Worker === 'undefined') return; // no web workers (a test DOM): nothing to warm
  const start = (): void => void sharedWorker();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** Opens PDF bytes with pdf.js, the same options as main's parser: no eval, bundled cMaps/fonts. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers the buffer to its worker: give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    worker: sharedWorker(),
    cMapUrl: assetUrl('pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('pdfjs/standard_fonts/'),
    isEvalSupported: false,
    enableXfa: false,
  }).promise;
}
