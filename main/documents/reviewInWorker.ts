import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { builtWorkerUrl } from '../packagedPaths';
import { formatFromName } from '../parsers/sniff';
import { DEFAULT_LIMITS, type ParseLimits } from '../parsers/types';
import { checkBatch, readReport, type BatchProgress, type ReadOutcome } from './review';
import type { FailedDocument, ReviewOutcome } from './reviewFile';
import type { ReadRequest, ReviewWorkerData, WorkerReply } from './reviewWorker';

/** The script a review worker runs. */
export interface WorkerEntry {
  url: URL;
}

const bundled = new Map<string, Promise<WorkerEntry>>();

/**
 * Where the worker's code is. In the electron-vite build this module is inlined into
 * out/main/index.js and reviewWorker.js is a separate entry beside it (electron.vite.config.ts).
 * Run from TypeScript (tsx, Vitest), a worker cannot load .ts: on Node 20 tsx's loader hooks do
 * not reach worker threads (tried: `--import tsx` in execArgv, inherited or explicit; its CommonJS
 * hook breaks the lazy `import('./pdf')`). So there the worker and its imports are bundled once
 * with esbuild (which tsx and Vite already use) into node_modules/.cache, where the packages it
 * leaves external still resolve.
 */
export function reviewWorkerEntry(moduleUrl: string = import.meta.url): Promise<WorkerEntry> {
  if (!moduleUrl.endsWith('.ts')) return Promise.resolve({ url: builtWorkerUrl(moduleUrl) });
  return bundledWorkerEntry(new URL('./reviewWorker.ts', moduleUrl));
}

/** A worker script in TypeScript made runnable by a worker thread (see reviewWorkerEntry); once per script. */
export function bundledWorkerEntry(source: URL): Promise<WorkerEntry> {
  const known = bundled.get(source.href) ?? bundle(source);
  bundled.set(source.href, known);
  return known;
}

async function bundle(source: URL): Promise<WorkerEntry> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  // Named by content: concurrent test processes write the same file, and an edit makes a new one.
  const dir = fileURLToPath(new URL('../../node_modules/.cache/review-worker/', import.meta.url));
  const file = join(dir, `${basename(source.pathname, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  return { url: pathToFileURL(file) };
}

/** How the worker is watched. */
export interface WorkerReviewerOptions {
  /** The worker script; tests pass a faulty one. */
  entry?: () => Promise<WorkerEntry>;
  /**
   * Added to `limits.timeoutMs` for the hard limit of one file. The worker stops a slow parse
   * itself at `timeoutMs`; only a worker that cannot (its thread stuck inside pdf.js) is
   * terminated, which is the one stop a synchronous loop cannot escape.
   */
  graceMs?: number;
  /** How long a fresh worker may take to load the pipeline before it counts as broken. */
  startupMs?: number;
}

/** Reviews batches in a long-lived worker thread. */
export interface WorkerReviewer {
  /** Same signature and results as reviewPaths (main/documents/review.ts). */
  review(paths: string[], onProgress?: (progress: BatchProgress) => void, limits?: ParseLimits): Promise<ReviewOutcome[]>;
  /** Stops the worker; the next batch starts a new one. */
  close(): Promise<void>;
}

const MESSAGES = {
  crashed: (detail: string) => `读取此文件时解析程序意外退出（${detail}），文件可能已损坏或过大；其余文件不受影响。`,
  hung: (seconds: number) => `解析超过 ${seconds} 秒仍未完成，已强制停止。文件可能过大或已损坏；其余文件不受影响。`,
};

/** A running worker and the one request it is answering. */
interface Running {
  worker: Worker;
  exited: boolean;
  /** Settles the request in flight when the worker dies. */
  onDeath?: (detail: string) => void;
  onReply?: (reply: Extract<WorkerReply, { type: 'read' }>) => void;
}

/** No worker could be started: a broken install, never a bad file (it had been sent none). */
class WorkerFailedToStart extends Error {}

function failedOutcome(path: string, code: FailedDocument['error']['code'], message: string): ReadOutcome {
  const file = basename(path);
  return { ok: false, failed: { file, path, format: formatFromName(file), size: 0, sha256: null, error: { code, message } } };
}

/**
 * Builds a reviewer over one worker, reused across batches because loading the pipeline (pdf.js
 * above all, ~1.4 s) is the slow part. Files go one at a time, so that a file that crashes or
 * hangs the worker is known: it becomes a failed outcome, and the next file goes to a fresh
 * worker. The checks run here once the batch is read, since they compare reports across the
 * batch (a few milliseconds).
 */
export function createWorkerReviewer(options: WorkerReviewerOptions = {}): WorkerReviewer {
  const entry = options.entry ?? (() => reviewWorkerEntry());
  const graceMs = options.graceMs ?? 10_000;
  const startupMs = options.startupMs ?? 60_000;
  let running: Promise<Running> | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  async function start(): Promise<Running> {
    const url = await entry().then(
      (e) => e.url,
      (error: unknown) => {
        throw new WorkerFailedToStart(`review worker could not be prepared: ${String(error)}`);
      },
    );
    const data: ReviewWorkerData = { resourcesPath: (process as { resourcesPath?: string }).resourcesPath };
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: data });
    } catch (error) {
      throw new WorkerFailedToStart(`review worker could not be started: ${String(error)}`);
    }
    const self: Running = { worker, exited: false };
    let lastError = '';
    worker.on('error', (error) => (lastError = error.message));
    worker.on('exit', (code) => {
      self.exited = true;
      self.onDeath?.(lastError || `退出码 ${code}`);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new WorkerFailedToStart(`review worker did not start within ${startupMs} ms`)), startupMs);
      self.onDeath = (detail) => {
        clearTimeout(timer);
        reject(new WorkerFailedToStart(`review worker exited before it was ready: ${detail}`));
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'read') return self.onReply?.(reply);
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

  async function stop(target: Running): Promise<void> {
    target.onDeath = undefined;
    target.exited = true;
    await target.worker.terminate();
  }

  /** The live worker, started if there is none. */
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

  /** Reads one file in the worker; rejects only with WorkerFailedToStart. */
  async function readOne(path: string, limits: ParseLimits): Promise<ReadOutcome> {
    const worker = await current();
    const id = nextId++;
    const hardLimitMs = limits.timeoutMs + graceMs;
    const result = await new Promise<ReadOutcome | 'hung'>((resolve) => {
      const timer = setTimeout(() => resolve('hung'), hardLimitMs);
      worker.onReply = (reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        resolve(reply.result);
      };
      worker.onDeath = (detail) => {
        clearTimeout(timer);
        resolve(failedOutcome(path, 'unreadable', MESSAGES.crashed(detail)));
      };
      worker.worker.postMessage({ id, path, limits } satisfies ReadRequest);
    });
    worker.onReply = undefined;
    worker.onDeath = undefined;
    if (result === 'hung') {
      await stop(worker);
      return failedOutcome(path, 'timeout', MESSAGES.hung(Math.round(hardLimitMs / 1000)));
    }
    // A parse the worker gave up on may still be running inside it: start afresh.
    if (!result.ok && result.failed.error.code === 'timeout') await stop(worker);
    return result;
  }

  async function runBatch(paths: string[], onProgress: ((p: BatchProgress) => void) | undefined, limits: ParseLimits): Promise<ReviewOutcome[]> {
    const read: ReadOutcome[] = [];
    let inProcess = false;
    for (let i = 0; i < paths.length; i++) {
      onProgress?.({ done: i, total: paths.length, current: basename(paths[i]) });
      if (!inProcess) {
        try {
          read.push(await readOne(paths[i], limits));
          continue;
        } catch (error) {
          if (!(error instanceof WorkerFailedToStart)) throw error;
          // No worker at all (a broken install, not a bad file: it had been sent none): read the
          // rest of the batch in this thread rather than refuse every file. Slower to answer, but
          // nothing is lost.
          console.error(`[review] ${error.message}; reviewing in the main process`);
          inProcess = true;
        }
      }
      read.push(await readReport(paths[i], limits));
    }
    onProgress?.({ done: paths.length, total: paths.length, current: null });
    return checkBatch(read);
  }

  return {
    review(paths, onProgress, limits = DEFAULT_LIMITS) {
      // One worker answers one request at a time: batches (two windows opening files) queue.
      const result = queue.then(() => runBatch(paths, onProgress, limits));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const live = running && (await running.catch(() => null));
      running = null;
      if (live) await stop(live);
    },
  };
}

let shared: WorkerReviewer | undefined;

/** reviewPaths run in the app's shared review worker: same signature, same results. */
export function reviewPathsInWorker(
  paths: string[],
  onProgress?: (progress: BatchProgress) => void,
  limits: ParseLimits = DEFAULT_LIMITS,
): Promise<ReviewOutcome[]> {
  shared ??= createWorkerReviewer();
  return shared.review(paths, onProgress, limits);
}
