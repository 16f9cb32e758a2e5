// Issue 12: the digit-run splitter and the text-position table reader, measured, never asserted.
// Extract + checks on every run-together text variant, parse + extract on every borderless PDF,
// and the splitter alone on its worst cases (runs at the cut cap, a run too long to be cells).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseFile } from '../../main/parsers';
import { runChecks } from '../../shared/checks';
import { extractReport } from '../../shared/extract';
import { groupSumsHold, readSlots, rowSumHolds } from '../../shared/extract/digitRuns';
import { OWN_FIXTURES } from '../helpers/fixtures';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeFile(path: string, reps: number): Promise<number> {
  const bytes = new Uint8Array(readFileSync(path));
  const times: number[] = [];
  for (let i = 0; i < reps + 2; i++) {
    const start = performance.now();
    const { parsed } = await parseFile(bytes, basename(path));
    runChecks(extractReport(parsed.layout));
    if (i >= 2) times.push(performance.now() - start);
  }
  return median(times);
}

/** Prints the figures; `reps` runs per file after two warm-ups. */
export async function benchRuns(reps: number): Promise<void> {
  console.log('\n数字连写与无框线表格（解析+提取+校验，中位数 ms）');
  const txt = join(OWN_FIXTURES, 'txt');
  for (const f of readdirSync(txt)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    console.log(`${f.padEnd(44)} ${(await timeFile(join(txt, f), reps)).toFixed(2).padStart(8)}`);
  }
  const pdfDir = join(OWN_FIXTURES, 'pdf', 'borderless');
  for (const f of readdirSync(pdfDir)
    .filter((n) => n.endsWith('.pdf'))
    .sort()) {
    console.log(`${f.padEnd(44)} ${(await timeFile(join(pdfDir, f), Math.max(3, Math.floor(reps / 5)))).toFixed(2).padStart(8)}`);
  }
  console.log('拆分器最坏情形（单次，ms）');
  const piece = (text: string) => ({ text, anchor: { kind: 'text' as const, start: 0, end: text.length } });
  const cases: Array<[string, () => ReturnType<typeof readSlots>]> = [
    ['表三一行 34 位（达上限）', () => readSlots([piece('1234567891234567891234567891234567')], 7, rowSumHolds)],
    ['表三一行 84 位（最长可拆）', () => readSlots([piece('9'.repeat(84))], 7, rowSumHolds)],
    ['表四一行 60 位', () => readSlots([piece('123456789'.repeat(6) + '123456')], 15, groupSumsHold)],
    ['100 万位（不拆）', () => readSlots([piece('1'.repeat(1_000_000))], 7, rowSumHolds)],
  ];
  for (const [name, run] of cases) {
    const start = performance.now();
    const reading = run();
    const ms = performance.now() - start;
    console.log(`${name.padEnd(30)} ${ms.toFixed(2).padStart(8)}  候选 ${reading.options.length}${reading.capped ? '（已截断）' : ''}`);
  }
}
