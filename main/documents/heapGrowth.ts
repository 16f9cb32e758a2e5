// How far a review worker's heap may grow between full collections.
//
// Much of what the workers run is made of closures created anew for every page or document:
// pdf.js's text extraction (getTextContent and its helpers), mammoth's readers, htmlparser2's
// callbacks. V8 keeps a closure site's optimized code only while some closure of that site is
// alive; a full collection that finds none drops the code, and the next page warms it up and
// compiles it again. So every full collection of a worker costs about a hundred recompiles.
//
// V8 sets the next full collection at the live heap times a factor that shrinks with the heap's
// ceiling: about 1.35 at the workers' 384 MB (REVIEW_WORKER_LIMITS), so a worker with ~50 MB
// live collected fully every ~25 MB of promoted data, some 15 times per 100 reports, and spent
// more CPU on compiling than on reading (BENCH_ONLY=folder). The ceiling cannot simply be raised:
// in Electron every isolate of the process shares one 4 GB pointer cage, and a worker that
// overruns it brings the app down instead of failing its file. V8's heap_growing_percent sets the
// factor without touching the ceiling, which still ends a file that needs more.
import { setFlagsFromString } from 'node:v8';

/**
 * The factor is 1 + this / 100. At 2 a batch of 200 mixed reports (BENCH_ONLY=folder) read about
 * a third faster than at V8's 1.35, with the pool's peak near 560 MB; 2.25 was no faster and
 * touched 601 MB. With the pool's collections on the workers' own threads (v8Tuning.ts), marking
 * runs in steps between the reading and the heap grows further while it does: at 2 the pool of 2
 * peaked at 583–624 MB, at 1.8 at 550–584 MB in the same 5.2–5.6 s (1.6: 530–557 MB, 5.6–5.8 s).
 */
export const HEAP_GROWING_PERCENT = 80;

/** Overrides the percent (0: V8's own factor), e.g. to compare in `npm run bench`. */
export const HEAP_GROWING_ENV = 'REPORT_REVIEW_HEAP_GROWING';

let inForce: number | undefined;

/** The percent asked for: the environment's when it is a whole number from 0 to 400, else the default. */
export function heapGrowingPercent(env: string | undefined = process.env[HEAP_GROWING_ENV]): number {
  const wanted = env === undefined || env.trim() === '' ? NaN : Number(env);
  return Number.isInteger(wanted) && wanted >= 0 && wanted <= 400 ? wanted : HEAP_GROWING_PERCENT;
}

/**
 * Sets the factor for this process (V8 flags are process-wide; each worker's heap reads it at
 * every full collection, so workers started before or after see it alike). Once per value; returns
 * the percent in force, 0 for V8's own.
 */
export function applyHeapGrowing(percent: number = heapGrowingPercent()): number {
  if (inForce !== percent && (percent > 0 || inForce !== undefined)) setFlagsFromString(`--heap-growing-percent=${percent}`);
  inForce = percent;
  return percent;
}
