// The review pool's V8 tuning (main/documents/v8Tuning.ts). Which mode a pool gets, and what the
// `own` mode does, seen from outside: in child processes (V8 flags are process-wide) the same
// sample files go through a pool of 2 with each mode; the threads' CPU is read from /proc.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { v8HelperMode, V8_HELPERS_ENV } from '../../main/documents/v8Tuning';
import { sampleNames, samplePath } from '../helpers/fixtures';
import { runReadThroughPool } from '../helpers/runReadThroughPool';

interface PoolRead {
  threads: { id: string; main: boolean; cpu: number }[];
  results: string[];
}

function readWithHelpers(mode: 'own' | 'shared', files: string[]): PoolRead {
  const out = runReadThroughPool(files, [], { [V8_HELPERS_ENV]: mode, READ_POOL_SIZE: '2', READ_THREAD_CPU: '1' });
  expect(out).toContain(`read ${files.length} of ${files.length}`);
  return JSON.parse(out.trim().split('\n').pop() as string) as PoolRead;
}

/** CPU of the threads other than the main thread and the two busiest (the pool's workers): V8's helpers, mostly. */
function helperCpu(read: PoolRead): { helpers: number; total: number } {
  const others = read.threads.filter((t) => !t.main).sort((a, b) => b.cpu - a.cpu);
  const total = read.threads.reduce((s, t) => s + t.cpu, 0);
  return { helpers: others.slice(2).reduce((s, t) => s + t.cpu, 0), total };
}

describe('V8 tuning of the review pool', () => {
  it('does the work on the workers’ own threads once every core has a worker, unless the environment says', () => {
    expect(v8HelperMode(2, 2, undefined)).toBe('own');
    expect(v8HelperMode(4, 4, undefined)).toBe('own');
    expect(v8HelperMode(1, 2, undefined)).toBe('shared');
    expect(v8HelperMode(3, 4, undefined)).toBe('shared');
    expect(v8HelperMode(1, 2, 'own')).toBe('own');
    expect(v8HelperMode(2, 2, ' shared ')).toBe('shared');
    for (const other of ['', 'yes', 'OWN']) expect(v8HelperMode(2, 2, other)).toBe('own');
  });

  it.skipIf(process.platform !== 'linux')('reads the same reports with either mode, and with `own` leaves V8’s helper threads idle', { timeout: 240_000 }, () => {
    const files = Array.from({ length: 3 }, () => sampleNames().flatMap((b) => [samplePath(b, 'docx'), samplePath(b, 'pdf'), samplePath(b, 'txt')]))
      .flat()
      .filter(existsSync);
    expect(files.length).toBeGreaterThanOrEqual(30);
    const own = readWithHelpers('own', files);
    const shared = readWithHelpers('shared', files);
    expect(own.results).toEqual(shared.results);
    const o = helperCpu(own);
    const s = helperCpu(shared);
    console.log(
      `CPU of V8's helper threads while a pool of 2 read ${files.length} files: own ${o.helpers.toFixed(2)} of ${o.total.toFixed(2)} s, shared ${s.helpers.toFixed(2)} of ${s.total.toFixed(2)} s`,
    );
    expect(o.helpers).toBeLessThan(0.05 * o.total);
    expect(s.helpers).toBeGreaterThan(0.1 * s.total);
  });
});
