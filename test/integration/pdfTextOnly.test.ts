import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bundledWorkerEntry } from '../../main/documents/reviewInWorker';
import { parsePdf } from '../../main/parsers/pdf';
import { CachedBinaryDataFactory } from '../../main/parsers/pdf/binaryData';
import { loadPdfjs, pdfjsTextOnly } from '../../main/parsers/pdf/readPdf';
import { FULL_FONTS_ENV, PDF20_HASH, PDFJS_WORKER_EDITS, importPdfjsWorker, textOnlyWorkerSource } from '../../main/parsers/pdf/textOnlyWorker';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { fixturePdfs, OWN_FIXTURES } from '../helpers/fixtures';
import { contentStream, onePagePdf } from '../helpers/imagePdf';

// The parser loads pdf.js's worker without the font-program rebuilds that only drawing needs, and
// with its text state copied on the class's prototype (textOnlyWorker.ts). This guards the pdf.js
// source it changes, and proves on every fixture PDF
// (an image-only scan included: its pages are pictured by pdf.js for the OCR) that what is read is what
// pdf.js as shipped reads, in a child process that loads it unchanged.
const fixtures = fixturePdfs();
const outcome = (path: string) =>
  parsePdf(new Uint8Array(readFileSync(path)), DEFAULT_LIMITS).then(
    (parsed) => parsed,
    (error: unknown) => String(error),
  );

/** 政府信息公开工作年度报告。本机关收到申请三件，予以公开一件。 in GBK, which GBK-EUC-H and GBK2K-H (GB 18030) both read. */
const GBK_TEXT = 'd5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6a1a3b1bebbfab9d8cad5b5bdc9eac7ebc8fdbcfea3acd3e8d2d4b9abbfaad2bbbcfea1a3';

/** A one-page PDF with one line set in a non-embedded Chinese font encoded by the bundled CMap `encoding`. */
function cidFontPdf(encoding: string): Uint8Array {
  const object = (body: string) => Buffer.from(body, 'latin1');
  return new Uint8Array(
    onePagePdf({
      width: 600,
      height: 100,
      resources: '<< /Font << /F1 5 0 R >> >>',
      objects: [
        contentStream(`BT /F1 12 Tf 10 50 Td <${GBK_TEXT}> Tj ET`),
        object(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /${encoding} /DescendantFonts [6 0 R] >>`),
        object(
          '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
        ),
        object('<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>'),
      ],
    }),
  );
}

/** Runs `read` and names the bundled CMaps it fetched (none when all were kept in this thread). */
async function cMapsFetched<T>(read: () => Promise<T>): Promise<{ result: T; cMaps: string[] }> {
  const cMaps: string[] = [];
  const fetch = CachedBinaryDataFactory.prototype.fetch;
  CachedBinaryDataFactory.prototype.fetch = function (this: CachedBinaryDataFactory, what) {
    if (what.filename.endsWith('.bcmap')) cMaps.push(what.filename.slice(0, -'.bcmap'.length));
    return fetch.call(this, what);
  };
  try {
    return { result: await read(), cMaps };
  } finally {
    CachedBinaryDataFactory.prototype.fetch = fetch;
  }
}

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
    const first = await parsePdf(file.slice(), DEFAULT_LIMITS);
    const again = await cMapsFetched(() => parsePdf(file.slice(), DEFAULT_LIMITS));
    expect(JSON.parse(JSON.stringify(again.result))).toEqual(JSON.parse(JSON.stringify(first)));
    expect(again.cMaps).toEqual([]);
  });

  it('keeps at most 8 bundled CMaps: the oldest is parsed again once 8 others were named', async () => {
    await loadPdfjs();
    // No report in it: only the fonts matter.
    const read = async (encoding: string) => (await cMapsFetched(() => parsePdf(cidFontPdf(encoding), DEFAULT_LIMITS).catch(() => undefined))).cMaps;
    // Horizontal CMaps only: a vertical one names its horizontal one (usecmap), which would be read too.
    const first = 'GBK-EUC-H';
    await read(first);
    expect(await read(first)).not.toContain(first); // kept
    const others = ['GB-EUC-H', 'GB-H', 'GBK2K-H', 'GBKp-EUC-H', 'GBT-EUC-H', 'GBT-H', 'GBTpc-EUC-H', 'GBpc-EUC-H', 'UniGB-UTF16-H', 'UniGB-UTF32-H', 'UniGB-UTF8-H'];
    for (const other of others) await read(other);
    expect(await read(others.at(-1) as string)).not.toContain(others.at(-1)); // the newest is kept
    expect(await read(first)).toContain(first); // the oldest was let go
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
    // With them, PDFs in non-embedded fonts under 2- and 4-byte bundled CMaps (GBK, GB 18030),
    // each read twice: the second time from the CMaps kept in this thread.
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cmaps-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const generated = ['GBK-EUC-H', 'GBK2K-H', 'GBK-EUC-H', 'GBK2K-H'].map((encoding, i) => {
      const path = join(dir, `${i}-${encoding}.pdf`);
      writeFileSync(path, cidFontPdf(encoding));
      return path;
    });
    const files = [...fixtures, ...generated];
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
    expect(JSON.stringify(shipped.outcomes.at(-1))).toContain('本机关收到申请三件');
  });
});
