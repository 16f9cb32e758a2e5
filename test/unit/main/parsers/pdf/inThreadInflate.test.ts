import { DecompressionStream as NodeDecompressionStream, type ReadableStream, type WritableStream } from 'node:stream/web';
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InThreadDecompressionStream } from '../../../../../main/parsers/pdf/inThreadInflate';

// Node's web-stream types and the DOM's differ in name only here: both are read the same way.
type Stream = { readable: unknown; writable: unknown };

/** Writes the chunks and reads everything back, as pdf.js does; the error's name if it fails. */
async function run(stream: Stream, chunks: Uint8Array[]): Promise<string | number[]> {
  const writer = (stream.writable as WritableStream<Uint8Array>).getWriter();
  void (async () => {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  })().catch(() => undefined);
  try {
    const out: number[] = [];
    for await (const chunk of stream.readable as ReadableStream<Uint8Array>) out.push(...chunk);
    return out;
  } catch (error) {
    return (error as Error).name;
  }
}

const text = new TextEncoder().encode('BT /F1 12 Tf 72 712 Td (本机关不掌握相关政府信息 3) Tj ET\n'.repeat(200));
const packed = { deflate: deflateSync(text), 'deflate-raw': deflateRawSync(text), gzip: gzipSync(text) };

describe('the in-thread DecompressionStream', () => {
  it.each(Object.entries(packed))('inflates %s as Node’s own does, in one chunk or in many', async (format, data) => {
    const halves = [data.subarray(0, 7), data.subarray(7, 100), data.subarray(100)];
    expect(await run(new InThreadDecompressionStream(format), [data])).toEqual([...text]);
    expect(await run(new InThreadDecompressionStream(format), halves)).toEqual([...text]);
    expect(await run(new InThreadDecompressionStream(format), halves)).toEqual(await run(new NodeDecompressionStream(format as 'deflate'), halves));
  });

  it('fails where Node’s own fails: data cut off, and data that is not deflate', async () => {
    const cut = packed.deflate.subarray(0, packed.deflate.length - 20);
    const junk = new TextEncoder().encode('not compressed at all');
    for (const bad of [cut, junk]) {
      const ours = await run(new InThreadDecompressionStream('deflate'), [bad]);
      expect(typeof ours).toBe('string');
      expect(typeof (await run(new NodeDecompressionStream('deflate'), [bad]))).toBe('string');
    }
  });

  it('refuses a format it does not know, with a TypeError as Node’s does', () => {
    expect(() => new InThreadDecompressionStream('brotli')).toThrow(TypeError);
    expect(() => new NodeDecompressionStream('brotli' as 'deflate')).toThrow(TypeError);
  });
});
