// Run as a child process by test/integration/heapGrowth.test.ts (with --trace-gc): reads the files
// named on the command line through the app's pool, with one review worker, and prints how many
// were read.
import { createWorkerReviewer } from '../../main/documents/reviewInWorker';

const reviewer = createWorkerReviewer({ size: 1 });
await reviewer.warm();
const outcomes = await reviewer.review(process.argv.slice(2));
await reviewer.close();
process.stdout.write(`\nread ${outcomes.filter((o) => o.ok).length} of ${outcomes.length}\n`);
