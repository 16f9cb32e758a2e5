import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

const INFLATE: Record<string, (data: Uint8Array) => Buffer> = {
  deflate: inflateSync,
  'deflate-raw': inflateRawSync,
  gzip: gunzipSync,
};

/**
 * The web `DecompressionStream`, inflating in this thread with zlib's synchronous calls.
 *
 * pdf.js inflates every content stream, font file and CMap through `DecompressionStream` where
 * there is one. Node's hands each chunk to zlib on the libuv thread pool through its web-stream
 * adapters: for the small streams of a report the thread mostly waits (a tenth of a warm parse
 * was idle) and the adapters' ticks cost more than the inflating. pdf.js reads the whole stream
 * before it decodes anything, so nothing is lost by inflating the bytes in one call once the
 * writer closes. Same formats and the same failures as Node's: an unknown format throws a
 * TypeError, bad or cut-off data errors the readable (pdf.js then inflates with its own code).
 */
export class InThreadDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<ArrayBuffer | ArrayBufferView>;

  constructor(format: string) {
    const inflate = INFLATE[format];
    if (!inflate) throw new TypeError(`不支持的解压格式：${format}`);
    const chunks: Uint8Array[] = [];
    let output!: ReadableStreamDefaultController<Uint8Array>;
    this.readable = new ReadableStream<Uint8Array>({ start: (controller) => void (output = controller) });
    this.writable = new WritableStream<ArrayBuffer | ArrayBufferView>({
      write: (chunk) => {
        chunks.push(ArrayBuffer.isView(chunk) ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk));
      },
      close: () => {
        try {
          const inflated = inflate(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
          output.enqueue(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength));
          output.close();
        } catch (error) {
          output.error(error);
        }
      },
      abort: (reason) => output.error(reason),
    });
  }
}

/** Makes `globalThis.DecompressionStream` the in-thread one, for pdf.js in this thread. */
export function installInThreadDecompression(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = InThreadDecompressionStream;
}
