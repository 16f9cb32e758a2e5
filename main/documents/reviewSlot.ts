// One place of the review pool (reviewInWorker.ts): a worker thread, started lazily, that reads one
// file at a time under a heap ceiling (resourceLimits) and a hard time limit. A file that crashes,
// exhausts or hangs the worker becomes that file's failed outcome; the next file gets a fresh one.
import { basename } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { formatFromName } from '../parsers/sniff';
import { parseTimeLimitMs, type ParseLimits } from '../parsers/types';
import type { OcrProgress } from '../parsers/ocr/ocrLimits';
import type { ReadOutcome } from './review';
import type { FailedDocument } from './reviewFile';
import type { ReadRequest, ReviewWorkerData, WarmRequest, WorkerReply } from './reviewWorker';

/** The script a review worker runs. */
export interface WorkerEntry {
  url: URL;
}

/** How a slot starts and watches its worker. */
export interface SlotOptions {
  entry: () => Promise<WorkerEntry>;
  /** Added to `limits.timeoutMs` for the hard limit of one file (the worker stops itself first). */
  graceMs: number;
  /** How long a fresh worker may take to load the pipeline before it counts as broken. */
  startupMs: number;
  /** The worker's heap ceiling: a file that needs more ends its worker, not the process. */
  resourceLimits: ResourceLimits;
}

/** No worker could be started: a broken install, never a bad file (it had been sent none). */
export class WorkerFailedToStart extends Error {}

/** The read was given up because its batch was cancelled. */
export const CANCELLED = Symbol('cancelled');

export const SLOT_MESSAGES = {
  crashed: (detail: string) => `读取此文件时解析程序意外退出（${detail}），文件可能已损坏或过大；其余文件不受影响。`,
  hung: (seconds: number) => `解析超过 ${seconds} 秒仍未完成，已强制停止。文件可能过大或已损坏；其余文件不受影响。`,
  memory: (mb: number) => `读取此文件所需内存超过上限（${mb} MB），已停止。文件可能过大或是恶意构造的；其余文件不受影响。`,
};

/** A failed outcome for a file the worker could not answer. */
export function failedOutcome(path: string, code: FailedDocument['error']['code'], message: string): ReadOutcome {
  const file = basename(path);
  return { ok: false, failed: { file, path, format: formatFromName(file), size: 0, sha256: null, error: { code, message } } };
}

interface Running {
  worker: Worker;
  exited: boolean;
  /** Settles the request in flight when the worker dies. */
  onDeath?: (detail: string, outOfMemory: boolean) => void;
  onReply?: (reply: Extract<WorkerReply, { type: 'read' }>) => void;
  onOcr?: (reply: Extract<WorkerReply, { type: 'ocr' }>) => void;
  onShowable?: (reply: Extract<WorkerReply, { type: 'showable' }>) => void;
  /** Settles warm() once the worker has loaded the pipeline. */
  onWarmed?: () => void;
}

/** What the caller of one read hears while the file is read. */
export interface ReadListeners {
  /** Each scanned page as its OCR starts. */
  onOcr?: (progress: OcrProgress) => void;
  /** A PDF that has passed its limits, with its SHA-256 (see ReadHooks.onShowable). */
  onShowable?: (sha256: string) => void;
}

/** One worker of the pool. */
export interface ReviewSlot {
  /**
   * Reads one file; rejects only with WorkerFailedToStart. `listen` hears each scanned page start
   * and a PDF that may be shown; `signal` ends the worker (and the OCR in it) at once.
   */
  read(path: string, limits: ParseLimits, signal?: AbortSignal, listen?: ReadListeners): Promise<ReadOutcome | typeof CANCELLED>;
  /**
   * Starts the worker if it is not running and has it load pdf.js and the rest before any file;
   * resolves when that is done, or at once if the worker cannot start (the first read reports that).
   */
  warm(): Promise<void>;
  /** Stops the worker; the next read starts a new one. */
  stop(): Promise<void>;
}

/** Node options that load modules, each followed by the module unless written `--flag=module`. */
const MODULE_LOADERS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The Node options a review worker starts with: the parent's as Node passes them (`undefined`),
 * or none when the parent loads modules with them. A worker runs a bundle (the build's
 * reviewWorker.js, or reviewWorkerEntry's under tsx) that needs no loader. tsx's, inherited under
 * the tests and `npm run bench`, turned on source maps in each worker: Node then kept pdf.js's
 * parsed map, 19 of the 55 MB a worker held after a batch, which the app's workers never hold, so
 * the figures measured there were not the app's. None rather than the rest: a worker refuses
 * V8's flags in its own options (ERR_WORKER_INVALID_EXEC_ARGV), and those are process-wide anyway.
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] | undefined {
  return parent.some((flag) => MODULE_LOADERS.has(flag.split('=')[0])) ? [] : undefined;
}

/** Builds a slot; its worker starts on the first read and is reused until a file breaks it. */
export function createSlot(options: SlotOptions): ReviewSlot {
  let running: Promise<Running> | null = null;
  let nextId = 1;

  async function start(): Promise<Running> {
    const url = await options.entry().then(
      (e) => e.url,
      (error: unknown) => {
        throw new WorkerFailedToStart(`review worker could not be prepared: ${String(error)}`);
      },
    );
    const data: ReviewWorkerData = { resourcesPath: (process as { resourcesPath?: string }).resourcesPath };
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: data, resourceLimits: options.resourceLimits, execArgv: workerExecArgv() });
    } catch (error) {
      throw new WorkerFailedToStart(`review worker could not be started: ${String(error)}`);
    }
    const self: Running = { worker, exited: false };
    let lastError = '';
    let outOfMemory = false;
    worker.on('error', (error: Error & { code?: string }) => {
      lastError = error.message;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
    });
    worker.on('exit', (code) => {
      self.exited = true;
      self.onDeath?.(lastError || `退出码 ${code}`, outOfMemory);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new WorkerFailedToStart(`review worker did not start within ${options.startupMs} ms`)), options.startupMs);
      self.onDeath = (detail) => {
        clearTimeout(timer);
        reject(new WorkerFailedToStart(`review worker exited before it was ready: ${detail}`));
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'read') return self.onReply?.(reply);
        if (reply.type === 'ocr') return self.onOcr?.(reply);
        if (reply.type === 'showable') return self.onShowable?.(reply);
        if (reply.type === 'warmed') return self.onWarmed?.();
        clearTimeout(timer);
        self.onDeath = undefined;
        resolve();
      });
      // An idle worker must not keep a CLI or a test process alive; while a request is in
      // flight, its time-limit timer does. (After the listeners: adding one refs the port.)
      worker.unref();
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    return self;
  }

  async function stopRunning(target: Running): Promise<void> {
    target.onDeath = undefined;
    target.exited = true;
    await target.worker.terminate();
  }

  async function current(): Promise<Running> {
    const live = running && (await running.catch(() => null));
    if (live && !live.exited) return live;
    const attempt = start();
    running = attempt;
    attempt.catch(() => {
      if (running === attempt) running = null; // the next file tries again
    });
    return attempt;
  }

  return {
    async read(path, limits, signal, listen = {}) {
      if (signal?.aborted) return CANCELLED;
      const worker = await current();
      if (signal?.aborted) return CANCELLED;
      const id = nextId++;
      // The parse's own limit includes OCR's for scanned pages (seconds a page).
      const hardLimitMs = parseTimeLimitMs(limits) + options.graceMs;
      const heapMb = options.resourceLimits.maxOldGenerationSizeMb ?? 0;
      let onAbort: (() => void) | undefined;
      const result = await new Promise<ReadOutcome | 'hung' | typeof CANCELLED>((resolve) => {
        const timer = setTimeout(() => resolve('hung'), hardLimitMs);
        const settle = (value: ReadOutcome | 'hung' | typeof CANCELLED) => {
          clearTimeout(timer);
          resolve(value);
        };
        worker.onReply = (reply) => {
          if (reply.id === id) settle(reply.result);
        };
        worker.onOcr = (reply) => {
          if (reply.id === id) listen.onOcr?.(reply.progress);
        };
        worker.onShowable = (reply) => {
          if (reply.id === id) listen.onShowable?.(reply.sha256);
        };
        worker.onDeath = (detail, outOfMemory) => {
          settle(outOfMemory ? failedOutcome(path, 'too-large', SLOT_MESSAGES.memory(heapMb)) : failedOutcome(path, 'unreadable', SLOT_MESSAGES.crashed(detail)));
        };
        onAbort = () => settle(CANCELLED);
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.worker.postMessage({ id, path, limits } satisfies ReadRequest);
      });
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      worker.onReply = undefined;
      worker.onOcr = undefined;
      worker.onShowable = undefined;
      worker.onDeath = undefined;
      if (result === CANCELLED) {
        // The parse may run on for seconds: end it with the batch.
        await stopRunning(worker);
        return CANCELLED;
      }
      if (result === 'hung') {
        await stopRunning(worker);
        return failedOutcome(path, 'timeout', SLOT_MESSAGES.hung(Math.round(hardLimitMs / 1000)));
      }
      // A parse the worker gave up on may still be running inside it: start afresh.
      if (!result.ok && result.failed.error.code === 'timeout') await stopRunning(worker);
      return result;
    },
    async warm() {
      const live = await current().catch(() => null);
      if (!live || live.exited) return;
      await new Promise<void>((resolve) => {
        const previous = live.onWarmed;
        const settle = () => {
          clearTimeout(timer); // also what keeps a CLI waiting for its unref'd worker
          live.worker.off('exit', settle);
          resolve();
        };
        // Bounded like a start: a worker that never answers is the next read's problem.
        const timer = setTimeout(settle, options.startupMs);
        live.onWarmed = () => {
          live.onWarmed = previous;
          previous?.();
          settle();
        };
        // A worker that dies while warming is replaced by the next read; nothing to wait for.
        live.worker.on('exit', settle);
        live.worker.postMessage({ type: 'warm' } satisfies WarmRequest);
      });
    },
    async stop() {
      const live = running && (await running.catch(() => null));
      running = null;
      if (live && !live.exited) await stopRunning(live);
    },
  };
}
