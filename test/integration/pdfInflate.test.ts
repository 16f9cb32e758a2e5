import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DecompressionStream as NodeDecompressionStream } from 'node:stream/web';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePdf } from '../../main/parsers/pdf';
import { loadPdfjs } from '../../main/parsers/pdf/readPdf';
import { InThreadDecompressionStream } from '../../main/parsers/pdf/inThreadInflate';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { fixturePdfs, SHARED_FIXTURES } from '../helpers/fixtures';

// pdf.js inflates through the global DecompressionStream; the parser makes it the in-thread one
// (inThreadInflate.ts). This proves, on every fixture PDF, that what is read is what Node's own
// DecompressionStream gives, and that pdf.js still calls it (else the gain is gone unseen).
const files = fixturePdfs().filter((f) => !f.includes('image-only-scan'));
const outcome = (bytes: Uint8Array) =>
  parsePdf(bytes, DEFAULT_LIMITS).then(
    (parsed) => parsed,
    (error: unknown) => String(error),
  );
const global = globalThis as { DecompressionStream?: unknown };

afterEach(() => {
  global.DecompressionStream = InThreadDecompressionStream;
});

describe('pdf.js inflating in this thread', () => {
  it('is what pdf.js uses: reading a report inflates each of its streams through it, none failing', async () => {
    await loadPdfjs();
    expect(global.DecompressionStream).toBe(InThreadDecompressionStream);
    let made = 0;
    let inflated = 0;
    global.DecompressionStream = class extends InThreadDecompressionStream {
      constructor(format: string) {
        super(format);
        made++;
        // Counted only when the stream ends without error: pdf.js would hide a failure by
        // inflating with its own code, and the cells would still come out right.
        const counted = this.readable.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: () => void inflated++ }));
        Object.defineProperty(this, 'readable', { value: counted });
      }
    };
    await parsePdf(new Uint8Array(readFileSync(join(SHARED_FIXTURES, '002-huancui-science-2023.pdf'))), DEFAULT_LIMITS);
    expect(made).toBeGreaterThan(5);
    expect(inflated).toBe(made);
  });

  it.each(files.map((f) => [basename(f), f]))('%s reads the same as with Node’s own DecompressionStream', async (_name, path) => {
    await loadPdfjs();
    const bytes = new Uint8Array(readFileSync(path));
    const ours = await outcome(bytes);
    global.DecompressionStream = NodeDecompressionStream;
    expect(ours).toEqual(await outcome(bytes));
  });
});
