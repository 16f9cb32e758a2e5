// The review worker: a worker_threads entry that reads, parses and extracts files one request at
// a time, so that pdf.js and mammoth never run on the Electron main process's event loop (menus,
// IPC and windows stay responsive). Started and watched by reviewInWorker.ts; built as its own
// entry (electron.vite.config.ts → out/main/reviewWorker.js).
import { parentPort, workerData } from 'node:worker_threads';
import type { OcrProgress } from '../parsers/ocr/ocrLimits';
import type { ParseLimits } from '../parsers/types';
import { warmUpPipeline } from '../parsers/pdf/warmUp';
import { readReport, type ReadOutcome } from './review';
import { lowerThreadPriority } from './threadPriority';

/** A request from the main thread: read one file. */
export interface ReadRequest {
  id: number;
  path: string;
  limits: ParseLimits;
}

/** Asks the worker to load pdf.js and the rest now, before any file (main/parsers/pdf/warmUp.ts). */
export interface WarmRequest {
  type: 'warm';
}

/**
 * What the worker posts: once `ready` when loaded, then one `read` per request (after an `ocr`
 * as each scanned page of it starts, and a `showable` once a PDF has passed its limits), `warmed`
 * per warm request.
 */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'read'; id: number; result: ReadOutcome }
  | { type: 'ocr'; id: number; progress: OcrProgress }
  | { type: 'showable'; id: number; sha256: string }
  | { type: 'warmed'; ms: number };

/** What the main thread hands a new worker. */
export interface ReviewWorkerData {
  /** Electron's `process.resourcesPath`, which a worker thread's `process` may lack. */
  resourcesPath?: string;
}

const port = parentPort;
if (!port) throw new Error('reviewWorker runs only as a worker thread (see reviewInWorker.ts)');

// pdfjsAssets() finds the bundled cMaps under process.resourcesPath in the packaged app.
const data = (workerData ?? {}) as ReviewWorkerData;
const proc = process as { resourcesPath?: string };
if (data.resourcesPath && !proc.resourcesPath) proc.resourcesPath = data.resourcesPath;

// Reading is background work: the window and its IPC come first when every core is busy.
lowerThreadPriority();

port.on('message', (request: ReadRequest | WarmRequest) => {
  if ('type' in request) {
    void warmUpPipeline().then((ms) => port.postMessage({ type: 'warmed', ms } satisfies WorkerReply));
    return;
  }
  const onPageStart = (progress: OcrProgress) => port.postMessage({ type: 'ocr', id: request.id, progress } satisfies WorkerReply);
  const onShowable = (sha256: string) => port.postMessage({ type: 'showable', id: request.id, sha256 } satisfies WorkerReply);
  void readReport(request.path, { ...request.limits, ocrHooks: { onPageStart } }, { onShowable }).then((result) => {
    const reply: WorkerReply = { type: 'read', id: request.id, result };
    port.postMessage(reply);
  });
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
