type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<Pdfjs['PDFWorker']>;

interface WorkerModule {
  WorkerMessageHandler?: { initializeFromPort?: (port: unknown) => void };
}

type Listener = (event: { data: unknown }) => void;

/**
 * The in-thread message port between pdf.js's API side and its worker side, both in this thread.
 * pdf.js's own LoopbackPort structured-clones every message, as a real worker boundary would; a
 * fifth of a warm parse went to cloning the text content and operator list chunks, which nothing
 * here needs copied. This port hands each message over as it is, after the same microtask delay.
 *
 * One exception: a stream chunk is reused by its sender right after it is sent (an operator list
 * empties its `fnArray`/`argsArray` in OperatorList.flush; text content replaces its chunk's
 * `items` and `styles`), so a chunk object is copied, with a shallow slice of each array in it
 * (the arguments of each operator are fresh arrays per operator, the text items fresh objects).
 * Everything else the worker sends is built for the message and not touched afterwards (fonts
 * and images are exported copies).
 */
export class DirectLoopbackPort {
  readonly #listeners = new Set<Listener>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: detachReused(message) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  /** pdf.js's MessageHandler removes its listener through the signal when a document closes. */
  addEventListener(_name: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

function detachReused(message: unknown): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  if (!chunk || typeof chunk !== 'object' || Array.isArray(chunk) || ArrayBuffer.isView(chunk)) return message;
  const copy: Record<string, unknown> = { ...chunk };
  for (const [key, value] of Object.entries(copy)) if (Array.isArray(value)) copy[key] = value.slice();
  return { ...(message as object), chunk: copy };
}

let shared: PdfWorker | null | undefined;
let sharedPort: DirectLoopbackPort | undefined;

/** How many message listeners the shared port holds (two for the worker itself, two per open document). */
export function sharedPortListeners(): number {
  return sharedPort?.listenerCount ?? 0;
}

/**
 * One pdf.js worker for every document this thread reads, talking over a DirectLoopbackPort.
 * `WorkerMessageHandler.initializeFromPort` is what pdf.js's own worker script calls; PDFWorker
 * with a `port` is public API. Null (pdf.js then sets up its own fake worker per document, with
 * cloning) when either is missing in a future pdf.js (test/integration/pdfSharedWorker.test.ts
 * fails then, and reads every fixture both ways).
 */
export function sharedPdfWorker(pdfjs: Pdfjs, workerModule: WorkerModule): PdfWorker | null {
  if (shared !== undefined) return shared;
  const init = workerModule.WorkerMessageHandler?.initializeFromPort;
  if (typeof init !== 'function' || typeof pdfjs.PDFWorker !== 'function') {
    shared = null;
    return shared;
  }
  const port = (sharedPort = new DirectLoopbackPort());
  init.call(workerModule.WorkerMessageHandler, port);
  shared = new pdfjs.PDFWorker({ port } as unknown as ConstructorParameters<Pdfjs['PDFWorker']>[0]);
  return shared;
}
