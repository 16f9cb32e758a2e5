import { expandPaths, reviewPaths } from './documents/review';
import { toErrorJson, toReportJson } from './documents/reportJson';
import { summaryText } from './documents/summaryText';
import type { ReviewOutcome } from './documents/reviewFile';
import { EXPORT_USAGE, parseExportFlags, writeExports } from './export/cliExport';

const USAGE = `用法：npm run review -- [--json] <文件或文件夹…>
  读取政府信息公开工作年度报告（.docx、.doc、.wps、.pdf、.html、.txt），提取表二、表三、表四并校验。
  --json   以 JSON 数组输出（每个文件一个对象，格式见 report-format.md）
${EXPORT_USAGE}
退出码：0 全部读取且无错误级问题；1 有错误级问题；2 有文件无法读取。`;

/** Exit code of a batch: 2 when a file could not be read, 1 when a finding is an error. */
export function exitCodeOf(outcomes: ReviewOutcome[]): number {
  if (outcomes.some((o) => !o.ok)) return 2;
  if (outcomes.some((o) => o.ok && o.doc.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}

async function main(allArgs: string[]): Promise<number> {
  const { flags, rest: argv, error } = parseExportFlags(allArgs);
  if (error) {
    process.stderr.write(`${error}\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--json');
  if (inputs.length === 0 || inputs.includes('--help') || inputs.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return inputs.length === 0 ? 2 : 0;
  }
  const paths = await expandPaths(inputs);
  if (paths.length === 0) {
    process.stderr.write('没有找到可读取的报告文件（.docx、.doc、.wps、.pdf、.html、.txt）。\n');
    return 2;
  }
  const outcomes = await reviewPaths(paths, json ? undefined : (p) => {
    if (p.current) process.stderr.write(`正在读取 ${p.done + 1}/${p.total}：${p.current}\n`);
  });
  if (json) {
    const array = outcomes.map((o) => (o.ok ? toReportJson(o.doc) : toErrorJson(o.failed)));
    process.stdout.write(`${JSON.stringify(array, null, 2)}\n`);
  } else {
    process.stdout.write(`${outcomes.map((o, i) => summaryText(o, i + 1, outcomes.length)).join('\n\n')}\n`);
  }
  for (const line of await writeExports(outcomes, flags, { warn: (w) => process.stderr.write(`${w}\n`) })) {
    process.stderr.write(`${line}\n`);
  }
  return exitCodeOf(outcomes);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`出错：${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(2);
  },
);
