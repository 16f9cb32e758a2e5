// The review workers' heap growing (main/documents/heapGrowth.ts): set through the pool, it makes
// a worker reading real reports collect its heap fully far less often, so that the code V8 has
// compiled for pdf.js and the Word and HTML readers survives. Counted with --trace-gc in child
// processes, since V8 flags are process-wide: the same 60 sample files through the app's pool,
// with the app's setting and with V8's own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_ENV, HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../main/documents/heapGrowth';
import { sampleNames, samplePath } from '../helpers/fixtures';

/** Full collections of the busiest isolate (the review worker) while the files are read. */
function fullCollections(files: string[], percent: string): number {
  const out = execFileSync(process.execPath, ['--trace-gc', '--import', 'tsx', resolve(import.meta.dirname, '../helpers/readThroughPool.ts'), ...files], {
    env: { ...process.env, [HEAP_GROWING_ENV]: percent },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  expect(out).toContain(`read ${files.length} of ${files.length}`);
  const perIsolate = new Map<string, number>();
  for (const [, isolate] of out.matchAll(/^\[\d+:(0x[0-9a-f]+)\][^\n]*Mark-Compact/gm)) perIsolate.set(isolate, (perIsolate.get(isolate) ?? 0) + 1);
  return Math.max(0, ...perIsolate.values());
}

describe('heap growing of the review workers', () => {
  it('takes the percent from the environment only when it is a whole number from 0 to 400', () => {
    expect(heapGrowingPercent(undefined)).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent('')).toBe(HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent('0')).toBe(0);
    expect(heapGrowingPercent('300')).toBe(300);
    for (const bad of ['-1', '401', '1.5', 'abc']) expect(heapGrowingPercent(bad)).toBe(HEAP_GROWING_PERCENT);
  });

  it('makes a worker reading real reports collect fully far less often than V8 alone', { timeout: 180_000 }, () => {
    const files = Array.from({ length: 6 }, () => sampleNames().flatMap((b) => [samplePath(b, 'docx'), samplePath(b, 'pdf')]))
      .flat()
      .filter(existsSync);
    expect(files.length).toBeGreaterThanOrEqual(60);
    const v8Own = fullCollections(files, '0');
    const app = fullCollections(files, String(HEAP_GROWING_PERCENT));
    console.log(`full collections of the review worker over ${files.length} files: ${v8Own} with V8's own growing, ${app} with ${HEAP_GROWING_PERCENT} %`);
    expect(v8Own).toBeGreaterThanOrEqual(8);
    expect(app).toBeLessThanOrEqual(Math.floor(v8Own * 0.7));
  });
});
