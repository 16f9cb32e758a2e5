// A worker thread that lowers its own priority with lowerThreadPriority and says what it did
// (test/unit/main/documents/threadPriority.test.ts).
import { getPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { lowerThreadPriority } from '../../main/documents/threadPriority';

const tid = lowerThreadPriority();
parentPort?.postMessage({ tid, nice: tid === null ? null : getPriority(tid) });
