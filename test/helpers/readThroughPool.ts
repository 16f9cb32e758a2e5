// Run as a child process by test/integration/heapGrowth.test.ts (with --trace-gc) and
// v8Tuning.test.ts: reads the files named on the command line through the app's pool, with
// READ_POOL_SIZE review workers (1 unless set), and prints how many were read. With
// READ_THREAD_CPU=1 it also prints, as JSON, what each file's data and findings came to and the
// CPU seconds each of the process's threads spent on the reading (Linux: /proc/self/task).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createWorkerReviewer } from '../../main/documents/reviewInWorker';

/** CPU seconds (user + system) of each thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  if (!existsSync('/proc/self/task')) return cpu;
  for (const task of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(task, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended while it was read.
    }
  }
  return cpu;
}

const files = process.argv.slice(2);
// Under --trace-gc with --expose-gc: one full collection of this (the main) thread's isolate,
// traced with the reason "testing", tells the main isolate from the workers'.
(globalThis as { gc?: () => void }).gc?.();
const reviewer = createWorkerReviewer({ size: Number(process.env.READ_POOL_SIZE ?? 1) });
await reviewer.warm();
const before = threadCpu();
const outcomes = await reviewer.review(files);
const after = threadCpu();
await reviewer.close();
process.stdout.write(`\nread ${outcomes.filter((o) => o.ok).length} of ${outcomes.length}\n`);
if (process.env.READ_THREAD_CPU === '1') {
  const threads = [...after].map(([id, s]) => ({ id, main: id === String(process.pid), cpu: s - (before.get(id) ?? 0) }));
  const results = outcomes.map((o) =>
    createHash('sha256')
      .update(JSON.stringify(o.ok ? [o.doc.data, o.doc.findings] : o.failed.error))
      .digest('hex'),
  );
  process.stdout.write(`${JSON.stringify({ threads, results })}\n`);
}
