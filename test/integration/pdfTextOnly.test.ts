import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledWorkerEntry } from '../../main/documents/reviewInWorker';
import { parsePdf } from '../../main/parsers/pdf';
import { CachedBinaryDataFactory } from '../../main/parsers/pdf/binaryData';
import { loadPdfjs, pdfjsTextOnly } from '../../main/parsers/pdf/readPdf';
import { FULL_FONTS_ENV, PDF20_HASH, PDFJS_WORKER_EDITS, importPdfjsWorker, textOnlyWorkerSource } from '../../main/parsers/pdf/textOnlyWorker';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { fixturePdfs, OWN_FIXTURES } from '../helpers/fixtures';

// The parser loads pdf.js's worker without the font-program rebuilds that only drawing needs, and
// with its text state copied on the class's prototype (textOnlyWorker.ts). This guards the pdf.js
// source it changes, and proves on every fixture PDF
// (an image-only scan included: its pages are pictured by pdf.js for the OCR) that what is read is what
// pdf.js as shipped reads, in a child process that loads it unchanged.
const files = fixturePdfs();
const outcome = (path: string) =>
  parsePdf(new Uint8Array(readFileSync(path)), DEFAULT_LIMITS).then(
    (parsed) => parsed,
    (error: unknown) => String(error),
  );

describe("pdf.js as the parser loads it (textOnlyWorker.ts's edits)", () => {
  it('applies to the pdf.js installed: each edit is found once, and the parser loads it so', async () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
    for (const { find } of PDFJS_WORKER_EDITS) expect(source.split(find)).toHaveLength(2);
    expect(textOnlyWorkerSource(source)).not.toBeNull();
    await loadPdfjs();
    expect(pdfjsTextOnly()).toBe(true);
  });

  it("hashes an AES-256 file's password with Node's crypto (pdf20Hash), not pdf.js's JavaScript", async () => {
    await loadPdfjs();
    const slot = globalThis as Record<symbol, unknown>;
    const native = slot[PDF20_HASH] as (...args: unknown[]) => Uint8Array;
    expect(typeof native).toBe('function');
    let calls = 0;
    slot[PDF20_HASH] = (...args: unknown[]) => (calls++, native(...args));
    try {
      const { layout } = await parsePdf(new Uint8Array(readFileSync(resolve(OWN_FIXTURES, 'pdf', 'encrypted-owner-password-only.pdf'))), DEFAULT_LIMITS);
      expect(layout.blocks.length).toBeGreaterThan(0);
    } finally {
      slot[PDF20_HASH] = native;
    }
    expect(calls).toBeGreaterThanOrEqual(1);
  });

  it('parses a bundled CMap once per thread and hands each document its own copy', async () => {
    await loadPdfjs();
    const file = new Uint8Array(readFileSync(resolve(OWN_FIXTURES, 'pdf', 'split-table-across-pages.pdf'))); // UniGB-UCS2-H, fonts not embedded
    const fetched: string[] = [];
    const fetch = CachedBinaryDataFactory.prototype.fetch;
    const first = await parsePdf(file.slice(), DEFAULT_LIMITS);
    CachedBinaryDataFactory.prototype.fetch = function (this: CachedBinaryDataFactory, what) {
      fetched.push(what.filename);
      return fetch.call(this, what);
    };
    try {
      const again = await parsePdf(file.slice(), DEFAULT_LIMITS);
      expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(first)));
    } finally {
      CachedBinaryDataFactory.prototype.fetch = fetch;
    }
    expect(fetched.filter((name) => name.endsWith('.bcmap'))).toEqual([]);
  });

  it('names a file in a stack, not megabytes of data: URL per frame', async () => {
    const { module, textOnly } = await importPdfjsWorker();
    expect(textOnly).toBe(true);
    const handler = (module as { WorkerMessageHandler: { initializeFromPort(port: unknown): void } }).WorkerMessageHandler;
    const stack = (() => {
      try {
        handler.initializeFromPort(null); // throws inside pdf.js: it reads the port's addEventListener
      } catch (error) {
        return String((error as Error).stack);
      }
      return '';
    })();
    expect(stack).toMatch(/pdf\.worker[\w.-]*\.mjs:\d+:\d+/);
    expect(stack).not.toContain('data:');
    expect(stack.length).toBeLessThan(4000);
  });

  it('is what a review worker thread loads too (bundled as the app runs it, source maps on)', async () => {
    const entry = await bundledWorkerEntry(pathToFileURL(resolve(import.meta.dirname, '../helpers/pdfTextOnlyWorker.ts')));
    const worker = new Worker(entry.url, { execArgv: ['--enable-source-maps'] });
    try {
      const textOnly = await new Promise((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
      });
      expect(textOnly).toBe(true);
    } finally {
      await worker.terminate();
    }
  });

  it('changes nothing when a text is missing or found twice (pdf.js then runs as shipped)', () => {
    const all = (texts: string[]) => texts.join('\n');
    const finds = PDFJS_WORKER_EDITS.map((e) => e.find);
    expect(textOnlyWorkerSource(all(finds))).toBe(all(PDFJS_WORKER_EDITS.map((e) => e.replace)));
    for (const [i, find] of finds.entries()) {
      expect(textOnlyWorkerSource(all(finds.filter((_, j) => j !== i)))).toBeNull();
      expect(textOnlyWorkerSource(all([...finds, find]))).toBeNull();
    }
  });

  it('reads every fixture PDF exactly as pdf.js as shipped does', { timeout: 300_000 }, async () => {
    const child = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../helpers/parsePdfsAsShipped.ts'), ...files], {
      env: { ...process.env, [FULL_FONTS_ENV]: '1' },
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    const shipped = JSON.parse(child) as { textOnly: boolean; outcomes: unknown[] };
    expect(shipped.textOnly).toBe(false);
    expect(shipped.outcomes).toHaveLength(files.length);
    for (const [i, path] of files.entries()) {
      expect(JSON.parse(JSON.stringify(await outcome(path))), basename(path)).toEqual(shipped.outcomes[i]);
    }
  });
});
