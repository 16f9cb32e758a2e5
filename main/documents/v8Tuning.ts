// How V8 compiles and collects for the review workers: when it optimizes a function, and whether
// its housekeeping runs on V8's helper threads or on each worker's own thread. (How far a heap
// grows between full collections is heapGrowth.ts.)
//
// Reading a folder is many short files through the same parsers. A worker compiles the code of
// pdf.js and the Word and HTML readers again after each full collection (see heapGrowth.ts), so
// V8's optimizing compiler did more work than the reading itself: one review worker kept about 1.5
// cores busy (BENCH_ONLY=folder), and a pool on a small machine had few cores left to add.
//
// All figures: 200 mixed reports (BENCH_ONLY=folder's folder), 2 cores, 3–4 runs each.
import { setFlagsFromString } from 'node:v8';

/**
 * The interrupt budget: how much bytecode a function runs before V8 weighs optimizing it, here 16
 * times V8's 66 KB. The functions that stay hot are still optimized; those hot for a few files
 * only run as baseline code, which costs no compile. One worker: 7.9–8.2 s and 9.6–10 s of CPU
 * against 8.1–9.4 s and 11.6–14.1 s; the pool of 2 (own threads, below): 5.3–5.5 s against
 * 7.2–7.4 s (4×: 6.1–6.2 s, 32×: 5.8 s, 64×: 6.2 s). One file of 250 PDF pages read in 2.5–2.6 s
 * against 2.3 s on one worker with the helpers, the same 2.9–3.2 s on the workers' own threads.
 */
export const REVIEW_INTERRUPT_BUDGET = 16 * 66 * 1024;

/** `own`: each isolate does its GC and compiles on its own thread; `shared`: V8's helper threads. */
export type V8HelperMode = 'own' | 'shared';

/** Forces the mode (`own` or `shared`), e.g. to compare in `npm run bench`; anything else: by cores. */
export const V8_HELPERS_ENV = 'REPORT_REVIEW_V8_HELPERS';

/**
 * The flags with which V8 hands an isolate's work to its helper threads: garbage collection
 * (concurrent marking and sweeping, parallel scavenges and compaction) and optimizing compiles.
 * `own` turns each off. When the pool has a worker on every core, the helpers have no core of
 * their own: they take turns with the workers, at the normal priority the workers' threads give
 * up (threadPriority.ts), and their parallel phases spend more CPU than one thread doing the same
 * work. The pool of 2 read in 6.95–7.3 s with the work on its own threads, against 8.2–8.6 s with
 * the helpers, and spent 13.3–13.9 s of CPU against 15.4–16.3 s (both at V8's budget). One worker
 * alone is the other way round (10.8–11.3 s against 9.4–10.2 s): the helpers then have a core.
 */
export const HELPER_FLAGS = [
  'concurrent-marking',
  'concurrent-sweeping',
  'parallel-scavenge',
  'parallel-compaction',
  'parallel-pointer-update',
  'concurrent-recompilation',
  'concurrent-osr',
] as const;

/**
 * How much bytecode TurboFan may inline into one function, in `own` mode: 300 against V8's 920.
 * There each worker compiles on its own thread, and a compile that inlines less is shorter
 * (pdf.js's per-page promiseBody took ~35 ms a compile), and what the code loses the reading
 * more than wins back. Pool of 2, 200 reports, four sets of 4–6 runs side by side: medians
 * 5.45–5.55 s against 5.68–5.91 s, and 3–6 % less CPU. With the helpers a compile costs the
 * reading nothing, so `shared` keeps V8's.
 */
export const OWN_INLINE_BYTECODE = 300;
const V8_INLINE_BYTECODE = 920;

/** The mode for a pool of `workers` on `cores`: `own` once every core has a worker, unless the environment says. */
export function v8HelperMode(workers: number, cores: number, env: string | undefined = process.env[V8_HELPERS_ENV]): V8HelperMode {
  const wanted = env?.trim();
  if (wanted === 'own' || wanted === 'shared') return wanted;
  return workers >= cores ? 'own' : 'shared';
}

let helpers: V8HelperMode = 'shared';
let budgetSet = false;

/**
 * Sets the budget and the mode for this process. V8 flags are process-wide; the compiler's mode
 * is read when an isolate is created and the collector's at each collection, so this runs before
 * the pool's workers start, and a change reaches the workers started after it. One call per flag:
 * V8 ignores the rest of a string after a flag it does not know, and a later V8 (Electron's) may
 * have renamed one. Returns the mode in force.
 */
export function applyV8Tuning(mode: V8HelperMode): V8HelperMode {
  if (!budgetSet) setFlagsFromString(`--interrupt-budget=${REVIEW_INTERRUPT_BUDGET}`);
  budgetSet = true;
  if (mode === helpers) return mode;
  for (const flag of HELPER_FLAGS) setFlagsFromString(`--${mode === 'own' ? 'no-' : ''}${flag}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${mode === 'own' ? OWN_INLINE_BYTECODE : V8_INLINE_BYTECODE}`);
  helpers = mode;
  return mode;
}
