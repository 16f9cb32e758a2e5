// How far a review worker's heap may grow between full collections.
//
// Much of what the workers run is made of closures created anew for every page or document:
// pdf.js's text extraction (getTextContent and its helpers), mammoth's readers, htmlparser2's
// callbacks. V8 keeps a closure site's optimized code only while some closure of that site is
// alive; a full collection that finds none drops the code, and the next page warms it up and
// compiles it again. So every full collection of a worker costs about a hundred recompiles.
//
// V8 sets the next full collection at the live heap times a factor that shrinks with the heap's
// ceiling: about 1.35 at the workers' 384 MB (REVIEW_WORKER_LIMITS), so a worker with 36–55 MB
// live collected fully every 13–20 MB of promoted data, some 15 times per 100 reports, and spent
// more CPU on compiling than on reading (BENCH_ONLY=folder). The ceiling cannot simply be raised:
// in Electron every isolate of the process shares one 4 GB pointer cage, and a worker that
// overruns it brings the app down instead of failing its file. V8's heap_growing_percent sets the
// factor without touching the ceiling, which still ends a file that needs more.
//
// A factor alone leaves a small live heap little room: the app's workers hold ~36 MB after a batch
// (the bench's, under tsx, held 55 MB until reviewSlot.ts stopped passing tsx on), so at 1.8 they
// collected every ~29 MB. So the pool also sets a floor below which no worker collects fully:
// over 66 sample files a worker collected 13 times with V8's own settings, twice with these
// (test/integration/heapGrowth.test.ts).
import { setFlagsFromString } from 'node:v8';

/**
 * The factor is 1 + this / 100. Measured before the floor, with workers that held tsx's source
 * maps (55 MB live): at 2 a batch of 200 mixed reports (BENCH_ONLY=folder) read about
 * a third faster than at V8's 1.35, with the pool's peak near 560 MB; 2.25 was no faster and
 * touched 601 MB. With the pool's collections on the workers' own threads (v8Tuning.ts), marking
 * runs in steps between the reading and the heap grows further while it does: at 2 the pool of 2
 * peaked at 583–624 MB, at 1.8 at 550–584 MB in the same 5.2–5.6 s (1.6: 530–557 MB, 5.6–5.8 s).
 */
export const HEAP_GROWING_PERCENT = 80;

/**
 * The old generation the pool's workers may fill between them before a full collection, whatever
 * their live heaps: each worker's floor is its share, at most OLD_SPACE_FLOOR_MAX_MB. Above the
 * floor the factor rules. Measured (BENCH_ONLY=folder's 200 reports, 2 workers on their own
 * threads, 3–4 runs each, workers without tsx's source maps; the process's peak): no floor
 * 5.84–6.53 s, 430 MB at most; 110 MB a worker 5.69–5.88 s, 483 MB; 150 MB 5.34–5.58 s, 534 MB;
 * 200 MB 5.37–5.71 s, 610 MB. One worker reads no faster with it (8.50–8.72 s against
 * 8.47–9.41 s): its collections run beside it, on V8's helper threads.
 */
export const POOL_OLD_SPACE_MB = 300;
export const OLD_SPACE_FLOOR_MAX_MB = 150;

/** The floor of each of `workers` workers, in MB. */
export function oldSpaceFloorMb(workers: number): number {
  return Math.min(OLD_SPACE_FLOOR_MAX_MB, Math.floor(POOL_OLD_SPACE_MB / Math.max(1, workers)));
}

/** Overrides the percent (0: V8's own factor and no floor), e.g. to compare in `npm run bench`. */
export const HEAP_GROWING_ENV = 'REPORT_REVIEW_HEAP_GROWING';

let inForce: { percent: number; floorMb: number } | undefined;

/** The percent asked for: the environment's when it is a whole number from 0 to 400, else the default. */
export function heapGrowingPercent(env: string | undefined = process.env[HEAP_GROWING_ENV]): number {
  const wanted = env === undefined || env.trim() === '' ? NaN : Number(env);
  return Number.isInteger(wanted) && wanted >= 0 && wanted <= 400 ? wanted : HEAP_GROWING_PERCENT;
}

/**
 * Sets the factor and the floor of a pool of `workers` for this process (V8 flags are
 * process-wide). Each worker's heap reads the factor at every full collection and the floor when
 * it starts (V8's initial old space: "if the embedder pre-configures the initial old generation
 * size, then allow V8 to skip full GCs below that threshold"), so this runs before the pool's
 * workers start. Percent 0 leaves both to V8. Returns the percent and the floor in force.
 */
export function applyHeapGrowing(workers: number, percent: number = heapGrowingPercent()): { percent: number; floorMb: number } {
  const wanted = { percent, floorMb: percent > 0 ? oldSpaceFloorMb(workers) : 0 };
  if (inForce?.percent !== wanted.percent && (wanted.percent > 0 || inForce !== undefined)) setFlagsFromString(`--heap-growing-percent=${wanted.percent}`);
  if (inForce?.floorMb !== wanted.floorMb && (wanted.floorMb > 0 || inForce !== undefined)) setFlagsFromString(`--initial-old-space-size=${wanted.floorMb}`);
  inForce = wanted;
  return wanted;
}
