// The narrative patterns on adversarial lines (issue 9): time of extractNarrative for runs of
// growing length. Linear patterns grow with the run; the old chained `[\s]*` patterns took 87 s
// at 300 spaces. Measured, never asserted. `npx tsx test/bench/narrativeBench.ts`, or call it.
import { performance } from 'node:perf_hooks';
import { extractNarrative } from '../../shared/extract/narrative';
import type { LayoutParagraph } from '../../shared/model';
import { adversarialLines } from '../helpers/adversarialText';

/** Prints, for each run length, the slowest adversarial line and the total; returns the rows. */
export function benchNarrative(lengths = [100, 300, 1_000, 10_000, 100_000, 1_000_000]): Array<{ n: number; slowest: string; maxMs: number; totalMs: number }> {
  console.log('\n叙述模式（收到/受理…）在对抗性文本上的用时（每行一次，毫秒）');
  console.log('连续长度      最慢一行                               最慢 ms    合计 ms');
  const rows = [];
  for (const n of lengths) {
    let maxMs = 0;
    let slowest = '';
    let totalMs = 0;
    for (const line of adversarialLines(n)) {
      const paragraph: LayoutParagraph = { kind: 'paragraph', text: line.text, anchor: { kind: 'text', start: 0, end: line.text.length } };
      const start = performance.now();
      extractNarrative([paragraph], 2020);
      const elapsed = performance.now() - start;
      totalMs += elapsed;
      if (elapsed > maxMs) [maxMs, slowest] = [elapsed, line.name];
    }
    console.log(`${String(n).padEnd(12)}  ${slowest.padEnd(36)} ${maxMs.toFixed(2).padStart(8)}  ${totalMs.toFixed(2).padStart(8)}`);
    rows.push({ n, slowest, maxMs, totalMs });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) benchNarrative();
