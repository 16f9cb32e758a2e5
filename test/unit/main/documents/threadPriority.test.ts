import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { bundledWorkerEntry } from '../../../../main/documents/reviewInWorker';
import { BACKGROUND_NICE, lowerThreadPriority } from '../../../../main/documents/threadPriority';

// The review workers lower their own thread's priority so that the window keeps a core while a
// folder is read. Only the calling thread may change: lowering the main thread (the window's IPC)
// or the whole process would do the opposite of what is wanted.
describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the worker thread that calls it, and neither the main thread nor the process', async () => {
    const before = getPriority(process.pid);
    const { url } = await bundledWorkerEntry(new URL('../../../helpers/priorityWorker.ts', import.meta.url));
    const reply = await new Promise<{ tid: number; nice: number }>((resolve, reject) => {
      const worker = new Worker(url);
      worker.once('message', (m) => {
        resolve(m as { tid: number; nice: number });
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    expect(reply.tid).not.toBe(process.pid);
    expect(reply.nice).toBe(BACKGROUND_NICE);
    expect(getPriority(process.pid)).toBe(before);
  });

  it('leaves the main thread alone: its thread id is the process id', () => {
    const before = getPriority(process.pid);
    const mainThread = `${process.pid}/task/${process.pid}`;
    expect(lowerThreadPriority(BACKGROUND_NICE, () => mainThread)).toBeNull();
    expect(getPriority(process.pid)).toBe(before);
  });

  it('changes nothing when /proc cannot be read', () => {
    expect(
      lowerThreadPriority(BACKGROUND_NICE, () => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });
});
