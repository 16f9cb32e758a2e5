// A worker-thread entry for test/integration/pdfTextOnly.test.ts: loads pdf.js as a review
// worker does (bundled by esbuild, source maps on in the test run) and says whether the
// text-only worker module was taken.
import { parentPort } from 'node:worker_threads';
import { loadPdfjs, pdfjsTextOnly } from '../../main/parsers/pdf/readPdf';

await loadPdfjs();
parentPort?.postMessage(pdfjsTextOnly());
