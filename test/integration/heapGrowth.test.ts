// The review workers' heap growing (main/documents/heapGrowth.ts): set through the pool, it makes
// a worker reading real reports collect its heap fully far less often, so that the code V8 has
// compiled for pdf.js and the Word and HTML readers survives. Counted with --trace-gc in child
// processes, since V8 flags are process-wide: the same 60 sample files through the app's pool,
// with the app's setting and with V8's own. With the app's, a worker also waits for its floor
// (oldSpaceFloorMb) before it collects fully.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_ENV, HEAP_GROWING_PERCENT, heapGrowingPercent, OLD_SPACE_FLOOR_MAX_MB, oldSpaceFloorMb, POOL_OLD_SPACE_MB } from '../../main/documents/heapGrowth';
import { sampleNames, samplePath } from '../helpers/fixtures';
import { runReadThroughPool } from '../helpers/runReadThroughPool';

/**
 * The review worker's full collections while the files are read: the heap in MB at each. The
 * worker's isolate is the one, other than the main thread's (which readThroughPool makes collect
 * once with the reason "testing"), that collected its young generation most often.
 */
function fullCollections(files: string[], percent: string): number[] {
  const out = runReadThroughPool(files, ['--trace-gc', '--expose-gc'], { [HEAP_GROWING_ENV]: percent });
  expect(out).toContain(`read ${files.length} of ${files.length}`);
  const isolates = new Map<string, { scavenges: number; full: number[]; main: boolean }>();
  for (const [line, isolate] of out.matchAll(/^\[\d+:(0x[0-9a-f]+)\][^\n]*/gm)) {
    const seen = isolates.get(isolate) ?? { scavenges: 0, full: [], main: false };
    isolates.set(isolate, seen);
    if (/\btesting\b/.test(line)) seen.main = true;
    if (/: Scavenge /.test(line)) seen.scavenges++;
    // The memory reducer's collections ("Mark-Compact (reduce)") come when a thread idles, not from growth.
    const full = /: Mark-Compact ([\d.]+) \(/.exec(line);
    if (full) seen.full.push(Number(full[1]));
  }
  const workers = [...isolates.values()].filter((i) => !i.main);
  expect(workers.length).toBeLessThan(isolates.size); // the main thread's isolate was told apart
  return workers.reduce((a, b) => (b.scavenges > a.scavenges ? b : a)).full;
}

describe('heap growing of the review workers', () => {
  it('takes the percent from the environment only when it is a whole number from 0 to 400', () => {
    expect(heapGrowingPercent(undefined)).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent('')).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent('0')).toBe(0);
    expect(heapGrowingPercent('300')).toBe(300);
    for (const bad of ['-1', '401', '1.5', 'abc']) expect(heapGrowingPercent(bad)).toBe(HEAP_GROWING_PERCENT);
  });

  it('gives each worker of a pool its share of the floor, up to the most one worker gets', () => {
    expect(oldSpaceFloorMb(1)).toBe(OLD_SPACE_FLOOR_MAX_MB);
    expect(oldSpaceFloorMb(2)).toBe(Math.min(OLD_SPACE_FLOOR_MAX_MB, POOL_OLD_SPACE_MB / 2));
    expect(oldSpaceFloorMb(4)).toBe(Math.floor(POOL_OLD_SPACE_MB / 4));
    expect(oldSpaceFloorMb(4) * 4).toBeLessThanOrEqual(POOL_OLD_SPACE_MB);
    expect(oldSpaceFloorMb(0)).toBe(OLD_SPACE_FLOOR_MAX_MB);
  });

  it('makes a worker reading real reports collect fully far less often than V8 alone, never below its floor', { timeout: 180_000 }, () => {
    const files = Array.from({ length: 6 }, () => sampleNames().flatMap((b) => [samplePath(b, 'docx'), samplePath(b, 'pdf')]))
      .flat()
      .filter(existsSync);
    expect(files.length).toBeGreaterThanOrEqual(60);
    const v8Own = fullCollections(files, '0');
    const app = fullCollections(files, String(HEAP_GROWING_PERCENT));
    console.log(
      `full collections of the review worker over ${files.length} files: ${v8Own.length} with V8's own growing (at ${v8Own.join(', ')} MB), ` +
        `${app.length} with ${HEAP_GROWING_PERCENT} % and a floor of ${oldSpaceFloorMb(1)} MB (at ${app.join(', ')} MB)`,
    );
    expect(v8Own.length).toBeGreaterThanOrEqual(8);
    expect(app.length).toBeLessThanOrEqual(Math.floor(v8Own.length * 0.5));
    // Marking starts a little before the limit.
    for (const mb of app) expect(mb).toBeGreaterThan(0.7 * oldSpaceFloorMb(1));
  });
});
