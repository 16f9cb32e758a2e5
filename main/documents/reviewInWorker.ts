import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { builtWorkerUrl } from '../packagedPaths';
import { applyHeapGrowing } from './heapGrowth';
import type { OcrProgress } from '../parsers/ocr/ocrLimits';
import { DEFAULT_LIMITS, type ParseLimits } from '../parsers/types';
import { checkBatch, readReport, type BatchProgress, type ReadOutcome } from './review';
import type { ReviewOutcome } from './reviewFile';
import { CANCELLED, createSlot, WorkerFailedToStart, type ReviewSlot, type WorkerEntry } from './reviewSlot';
import { applyV8Tuning, v8HelperMode } from './v8Tuning';

export type { WorkerEntry } from './reviewSlot';

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

/** Bundles under way: esbuild's service stops when the last ends. */
let building = 0;

async function bundle(source: URL): Promise<WorkerEntry> {
  const { build, stop } = await import('esbuild');
  building++;
  const result = await build({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  }).finally(async () => {
    // esbuild's service process would otherwise stay for the life of the process, ~28 MB that
    // the app, which runs the built worker, never has; a later build starts it again.
    if (--building === 0) await stop();
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

/** How the workers are watched. */
export interface WorkerReviewerOptions {
  /** The worker script; tests pass a faulty one. */
  entry?: () => Promise<WorkerEntry>;
  /**
   * Added to `limits.timeoutMs` for the hard limit of one file. The worker stops a slow parse
   * itself at `timeoutMs`; only a worker that cannot (its thread stuck inside pdf.js, a regex, a
   * synchronous loop) is terminated, which is the one stop synchronous work cannot escape.
   */
  graceMs?: number;
  /** How long a fresh worker may take to load the pipeline before it counts as broken. */
  startupMs?: number;
  /** How many files are read at once, each in its own worker (default: poolSize()). */
  size?: number;
  /** Each worker's heap ceiling (default: REVIEW_WORKER_LIMITS). */
  resourceLimits?: ResourceLimits;
}

/** One file's progress in a batch, for a list that fills in as files are read. */
export interface FileProgress {
  /** Position of the file in the batch. */
  index: number;
  total: number;
  path: string;
  file: string;
  /** `reading` when a worker takes the file, `done` with its outcome when it is read. */
  state: 'reading' | 'done';
  /**
   * The file's outcome, checked on its own: the batch's final outcomes add the cross-year check
   * (cross_year.carry_over), which needs every file of the batch.
   */
  outcome?: ReviewOutcome;
}

/** Extra options of one batch. */
export interface ReviewRunOptions {
  /** Cancels the batch: files not yet read are dropped, files being read are stopped. */
  signal?: AbortSignal;
  /** Called when a file starts and when it is done, in whatever order the workers finish. */
  onFile?: (progress: FileProgress) => void;
  /** A PDF of the batch has passed its limits: its source may be shown while it is parsed (ReadHooks.onShowable). */
  onShowable?: (path: string, sha256: string) => void;
}

/** Thrown (as a rejection) by a batch whose signal was aborted. */
export class ReviewCancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('已取消审阅。');
  }
}

/** Reviews batches in a pool of long-lived worker threads. */
export interface WorkerReviewer {
  /** Same signature and results as reviewPaths (main/documents/review.ts), plus run options. */
  review(paths: string[], onProgress?: (progress: BatchProgress) => void, limits?: ParseLimits, options?: ReviewRunOptions): Promise<ReviewOutcome[]>;
  /**
   * Starts every worker of the pool and has each load pdf.js, its cMaps and fonts and the
   * extraction templates, so that the first report pays no start-up. Resolves when all are warm;
   * never rejects. Files sent meanwhile are read as soon as their worker is free.
   */
  warm(): Promise<void>;
  /** Stops the workers; the next batch starts new ones. */
  close(): Promise<void>;
}

/**
 * Heap ceiling of one review worker. Real reports need well under 150 MB of heap (pdf.js on the
 * 30-page WPS sample ~120 MB); a file that needs more is a bomb, and exhausting the ceiling ends
 * only its worker. Two workers at this ceiling keep the whole process near 1 GB at worst.
 *
 * A 64 MB young generation read faster (BENCH_ONLY=folder: one worker 7.5–8.5 s against
 * 9.0–10.4 s, the pool of 2 5.0–5.3 s against 5.3–5.6 s: fewer of a document's objects reach the
 * old generation), but the list's longest frame while 200 reports streamed in
 * (test/e2e/listFrames) rose from 16.8 ms in every run to 33–56 ms, so it stays at 32.
 */
export const REVIEW_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 };

/**
 * How many workers read at once: one per core but one (the main thread keeps a core for the
 * window), at least 2 so that one slow file never holds the batch, at most 4 (memory).
 * `REPORT_REVIEW_WORKERS` overrides it.
 */
export function poolSize(cores: number = availableParallelism(), env: string | undefined = process.env.REPORT_REVIEW_WORKERS): number {
  const wanted = Number(env);
  if (Number.isInteger(wanted) && wanted >= 1 && wanted <= 64) return wanted;
  return Math.max(2, Math.min(cores - 1, 4));
}

interface Job {
  path: string;
  limits: ParseLimits;
  signal?: AbortSignal;
  onStart: () => void;
  onOcr: (progress: OcrProgress) => void;
  onShowable: (sha256: string) => void;
  done: (outcome: ReadOutcome | typeof CANCELLED) => void;
  fail: (error: unknown) => void;
}

/**
 * Builds a reviewer over a pool of workers, reused across batches because loading the pipeline
 * (pdf.js above all, ~1.4 s) is the slow part. Every file of every batch waits in one queue; a
 * free worker takes the next. A worker reads one file at a time, so that a file that crashes,
 * exhausts or hangs it is known: that file becomes a failed outcome and its worker is replaced.
 * The checks run here once the batch is read, since they compare reports across the batch.
 */
export function createWorkerReviewer(options: WorkerReviewerOptions = {}): WorkerReviewer {
  const size = Math.max(1, options.size ?? poolSize());
  applyHeapGrowing(size);
  const slotOptions = {
    entry: options.entry ?? (() => reviewWorkerEntry()),
    graceMs: options.graceMs ?? 10_000,
    startupMs: options.startupMs ?? 60_000,
    resourceLimits: options.resourceLimits ?? REVIEW_WORKER_LIMITS,
  };
  applyV8Tuning(v8HelperMode(size, availableParallelism()));
  const idle: ReviewSlot[] = Array.from({ length: size }, () => createSlot(slotOptions));
  const all = [...idle];
  const queue: Job[] = [];
  /** Set once no worker could be started: the rest is read in this thread. */
  let inProcess = false;

  function pump(): void {
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.shift() as ReviewSlot;
      const job = queue.shift() as Job;
      void run(slot, job).finally(() => {
        idle.push(slot);
        pump();
      });
    }
  }

  async function run(slot: ReviewSlot, job: Job): Promise<void> {
    if (job.signal?.aborted) return job.done(CANCELLED);
    job.onStart();
    if (job.signal?.aborted) return job.done(CANCELLED);
    try {
      if (!inProcess) {
        try {
          return job.done(await slot.read(job.path, job.limits, job.signal, { onOcr: job.onOcr, onShowable: job.onShowable }));
        } catch (error) {
          if (!(error instanceof WorkerFailedToStart)) throw error;
          // No worker at all (a broken install, not a bad file: it had been sent none): read in
          // this thread rather than refuse every file. Slower to answer, but nothing is lost.
          if (!inProcess) console.error(`[review] ${error.message}; reviewing in the main process`);
          inProcess = true;
        }
      }
      const result = await readReport(job.path, { ...job.limits, ocrHooks: { onPageStart: job.onOcr, signal: job.signal } }, { onShowable: job.onShowable });
      job.done(job.signal?.aborted ? CANCELLED : result);
    } catch (error) {
      job.fail(error);
    }
  }

  async function runBatch(paths: string[], onProgress: ((p: BatchProgress) => void) | undefined, limits: ParseLimits, run: ReviewRunOptions): Promise<ReviewOutcome[]> {
    const { signal, onFile, onShowable } = run;
    if (signal?.aborted) throw new ReviewCancelled();
    const total = paths.length;
    const reads = paths.map(
      (path, index) =>
        new Promise<ReadOutcome | typeof CANCELLED>((resolve, reject) => {
          const file = basename(path);
          queue.push({
            path,
            limits,
            signal,
            onStart: () => {
              // Files start in batch order (one queue), so `done` counts the files before this one.
              onProgress?.({ done: index, total, current: file });
              onFile?.({ index, total, path, file, state: 'reading' });
            },
            onOcr: (ocr) => onProgress?.({ done: index, total, current: file, ocr }),
            onShowable: (sha256) => onShowable?.(path, sha256),
            done: (outcome) => {
              if (outcome !== CANCELLED) onFile?.({ index, total, path, file, state: 'done', outcome: checkBatch([outcome])[0] });
              resolve(outcome);
            },
            fail: reject,
          });
        }),
    );
    const onAbort = () => {
      // Files still waiting leave the queue at once; files being read are stopped by their slot.
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i].signal === signal) queue.splice(i, 1)[0].done(CANCELLED);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    pump();
    try {
      const read = await Promise.all(reads);
      if (signal?.aborted || read.some((r) => r === CANCELLED)) throw new ReviewCancelled();
      onProgress?.({ done: total, total, current: null });
      return checkBatch(read as ReadOutcome[]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    review(paths, onProgress, limits = DEFAULT_LIMITS, run = {}) {
      return runBatch(paths, onProgress, limits, run);
    },
    async warm() {
      // One after the other: on two cores the first worker is ready sooner, and the window keeps a core.
      for (const slot of all) await slot.warm();
    },
    async close() {
      await Promise.all(all.map((slot) => slot.stop()));
    },
  };
}

let shared: WorkerReviewer | undefined;

/** reviewPaths run in the app's shared review worker pool: same signature, same results. */
export function reviewPathsInWorker(
  paths: string[],
  onProgress?: (progress: BatchProgress) => void,
  limits: ParseLimits = DEFAULT_LIMITS,
  options?: ReviewRunOptions,
): Promise<ReviewOutcome[]> {
  shared ??= createWorkerReviewer();
  return shared.review(paths, onProgress, limits, options);
}

/** Warms the app's shared review worker pool (see WorkerReviewer.warm). */
export function warmReviewWorkers(): Promise<void> {
  shared ??= createWorkerReviewer();
  return shared.warm();
}
