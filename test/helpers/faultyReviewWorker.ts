// A review worker that misbehaves on cue, for the tests of reviewInWorker.ts: the real worker
// (imported for its side effect) answers every request, but a file whose name contains
// `crash-worker` ends the thread, `throw-worker` throws out of it, `hang-worker` spins for
// ever and `oom-worker` fills the heap, as a file that kills, hangs or exhausts pdf.js would.
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import '../../main/documents/reviewWorker';
import type { ReadRequest, WarmRequest } from '../../main/documents/reviewWorker';

parentPort?.on('message', (request: ReadRequest | WarmRequest) => {
  if ('type' in request) return; // warm requests are the real worker's
  const name = basename(request.path);
  if (name.includes('crash-worker')) process.exit(70);
  if (name.includes('throw-worker')) throw new Error('simulated fault in the parser');
  if (name.includes('hang-worker')) for (;;);
  if (name.includes('oom-worker')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(10_000).fill(hoard.length));
  }
});
