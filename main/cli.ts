import { expandPaths } from './documents/review';
import { createWorkerReviewer } from './documents/reviewInWorker';
import { toErrorJson, toReportJson } from './documents/reportJson';
import { summaryText } from './documents/summaryText';
import type { ReviewOutcome } from './documents/reviewFile';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCliArgs, printable } from './cliArgs';
import { EXPORT_USAGE, findingsCsvPath, writeExports } from './export/cliExport';

const USAGE = `用法：npm run review -- [--json] [--] <文件或文件夹…>
  读取政府信息公开工作年度报告（.docx、.doc、.wps、.pdf、.html、.txt），提取表二、表三、表四并校验。
  --json   以 JSON 数组输出（每个文件一个对象，格式见 report-format.md）
  --       其后的参数都是文件（文件名以 - 开头时使用，如 npm run review -- --json -- *）
${EXPORT_USAGE}
退出码：0 全部读取且无错误级问题；1 有错误级问题；2 有文件无法读取。`;

/** Exit code of a batch: 2 when a file could not be read, 1 when a finding is an error. */
export function exitCodeOf(outcomes: ReviewOutcome[]): number {
  if (outcomes.some((o) => !o.ok)) return 2;
  if (outcomes.some((o) => o.ok && o.doc.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}

async function main(allArgs: string[]): Promise<number> {
  const parsed = parseCliArgs(allArgs);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const { flags, json, help, inputs } = parsed.args;
  if (inputs.length === 0 || help) {
    process.stderr.write(`${USAGE}\n`);
    return help ? 0 : 2;
  }
  const outputs = [flags.csv, flags.csv && findingsCsvPath(flags.csv), flags.xlsx, flags.pdf].filter((p): p is string => Boolean(p));
  const paths = await expandPaths(inputs);
  const clash = outputs.find((out) => paths.some((p) => resolve(p) === resolve(out)));
  if (clash) {
    process.stderr.write(`输出文件 ${printable(clash)} 正是要审阅的文件之一，为免覆盖原文件，未开始审阅。\n`);
    return 2;
  }
  if (flags.csv && existsSync(findingsCsvPath(flags.csv))) {
    process.stderr.write(`注意：问题表 ${printable(findingsCsvPath(flags.csv))} 已存在，将被覆盖。\n`);
  }
  if (paths.length === 0) {
    process.stderr.write('没有找到可读取的报告文件（.docx、.doc、.wps、.pdf、.html、.txt）。\n');
    return 2;
  }
  // Files are read in a pool of worker threads, each with a heap ceiling and a hard time limit:
  // a file that exhausts or hangs its worker becomes that file's error and the batch goes on.
  const reviewer = createWorkerReviewer();
  const outcomes = await reviewer
    .review(
      paths,
      json
        ? undefined
        : (p) => {
            if (p.ocr) process.stderr.write(`  正在识别扫描件 第 ${p.ocr.done + 1} / ${p.ocr.total} 页（PDF 第 ${p.ocr.page} 页）：${printable(p.current ?? '')}\n`);
            else if (p.current) process.stderr.write(`正在读取 ${p.done + 1}/${p.total}：${printable(p.current)}\n`);
          },
    )
    .finally(() => reviewer.close());
  if (json) {
    const array = outcomes.map((o) => (o.ok ? toReportJson(o.doc) : toErrorJson(o.failed)));
    process.stdout.write(`${JSON.stringify(array, null, 2)}\n`);
  } else {
    process.stdout.write(`${printable(outcomes.map((o, i) => summaryText(o, i + 1, outcomes.length)).join('\n\n'))}\n`);
  }
  for (const line of await writeExports(outcomes, flags, { warn: (w) => process.stderr.write(`${w}\n`) })) {
    process.stderr.write(`${line}\n`);
  }
  return exitCodeOf(outcomes);
}

main(process.argv.slice(2)).then(
  // Exit once stdout has been flushed: a large JSON array piped to a file must arrive whole.
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(`出错：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
