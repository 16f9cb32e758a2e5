import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../main/parsers/pdf';
import { loadPdfjs } from '../../main/parsers/pdf/readPdf';
import { sharedPdfWorker, sharedPortListeners } from '../../main/parsers/pdf/sharedWorker';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { fixturePdfs, SHARED_FIXTURES } from '../helpers/fixtures';

// The shared pdf.js worker hands messages over without cloning them (sharedWorker.ts); this
// proves, on every fixture PDF, that what is read is what pdf.js's own cloning worker reads, and
// guards the pdf.js internals it relies on.
const files = fixturePdfs().filter((f) => !f.includes('image-only-scan')); // a scan is read by OCR: pdfTablePages compares it
const outcome = (bytes: Uint8Array, pdfjsOwnWorker: boolean) =>
  parsePdf(bytes, DEFAULT_LIMITS, { pdfjsOwnWorker }).then(
    (parsed) => parsed,
    (error: unknown) => String(error),
  );

describe('the shared pdf.js worker without message cloning', () => {
  it('is set up: pdf.js still offers initializeFromPort and PDFWorker with a port', async () => {
    const pdfjs = await loadPdfjs();
    const workerModule = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as Parameters<typeof sharedPdfWorker>[1];
    expect(sharedPdfWorker(pdfjs, workerModule)).not.toBeNull();
  });

  it.each(files.map((f) => [basename(f), f]))('%s reads the same as through pdf.js’s own cloning worker', async (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(await outcome(bytes, false)).toEqual(await outcome(bytes, true));
  });

  it('lets go of each document: the port holds no more listeners after many reads', async () => {
    const bytes = new Uint8Array(readFileSync(join(SHARED_FIXTURES, '002-huancui-science-2023.pdf')));
    await parsePdf(bytes, DEFAULT_LIMITS);
    await new Promise((r) => setTimeout(r, 50)); // the document closes in the background
    const after = sharedPortListeners();
    for (let i = 0; i < 3; i++) await parsePdf(bytes, DEFAULT_LIMITS);
    await expect.poll(sharedPortListeners).toBe(after);
    expect(after).toBeLessThanOrEqual(4);
  });
});
