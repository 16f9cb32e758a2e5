import { readFile } from 'node:fs/promises';
import { writeFileAtomic as writeFile } from '../atomicWrite';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { ReviewAnnotations } from '../../shared/model';
import type { ReviewOutcome } from '../documents/reviewFile';
import { dataCsv, findingsCsv } from './csv';
import { parseNotesBackup } from './notesBackup';
import { printHtmlWithBrowser } from './printWithBrowser';
import { renderSummaryHtml } from './summary/renderSummary';
import type { SummaryReport } from './summary/types';
import { localDate } from './localDate';
import { dataXlsx } from './xlsx';

/** The export flags of `npm run review`, for its usage text. */
export const EXPORT_USAGE = `  --pdf <文件.pdf>     写出审阅报告 PDF（多个文件时每份报告一节；需本机装有 Chrome、Edge 或 Chromium，
                       或用环境变量 REPORT_REVIEW_BROWSER 指定）
  --csv <文件.csv>     写出全部单元格（每份报告一行，每个规范单元格键一列），问题另存为 <文件>-findings.csv
  --xlsx <文件.xlsx>   写出 Excel 工作簿（工作表：数据、问题、列说明）
  --notes <备份.json>  读入应用导出的批注备份，审阅状态与批注写入 PDF 和问题表
  --reviewer <姓名>    审阅人（默认取批注备份中的审阅人，否则为当前系统用户）
  --unit <审阅单位>    印在批次审阅报告封面上的审阅单位（多个文件时）`;

/** What the export flags asked for. */
export interface ExportFlags {
  pdf?: string;
  csv?: string;
  xlsx?: string;
  notes?: string;
  reviewer?: string;
  /** 审阅单位, for the batch cover. */
  unit?: string;
}

const FLAGS = ['pdf', 'csv', 'xlsx', 'notes', 'reviewer', 'unit'] as const;

const MISSING: Record<(typeof FLAGS)[number], string> = {
  pdf: '文件路径',
  csv: '文件路径',
  xlsx: '文件路径',
  notes: '文件路径',
  reviewer: '审阅人姓名',
  unit: '审阅单位名称',
};

/**
 * Takes the export flags (`--pdf out.pdf` or `--pdf=out.pdf`) out of the arguments and returns
 * them with the rest; a flag without its value is an error with a Chinese message.
 */
export function parseExportFlags(argv: string[]): { flags: ExportFlags; rest: string[]; error?: string } {
  const flags: ExportFlags = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = FLAGS.find((f) => f === match?.[1]);
    if (!match || !name) {
      rest.push(arg);
      continue;
    }
    const value = match[2] ?? argv[i + 1];
    if (match[2] === undefined) i++;
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
      return { flags, rest, error: `参数 --${name} 后面缺少${MISSING[name]}。` };
    }
    flags[name] = value;
  }
  return { flags, rest };
}

/** True when any output was asked for. */
export function wantsExport(flags: ExportFlags): boolean {
  return Boolean(flags.pdf || flags.csv || flags.xlsx);
}

export { localDate } from './localDate';

/** Where the findings CSV goes beside the data CSV: out.csv → out-findings.csv. */
export function findingsCsvPath(csvPath: string): string {
  const ext = extname(csvPath);
  return join(dirname(csvPath), `${basename(csvPath, ext)}-findings${ext || '.csv'}`);
}

/**
 * Writes what the flags ask for from a reviewed batch and returns one Chinese line per file
 * written. Files that failed appear in the PDF's overview; the data exports hold reviewed ones.
 */
export async function writeExports(
  outcomes: ReviewOutcome[],
  flags: ExportFlags,
  deps: { print?: (html: string) => Promise<Uint8Array>; now?: Date; warn?: (message: string) => void } = {},
): Promise<string[]> {
  const docs = outcomes.flatMap((o) => (o.ok ? [o.doc] : []));
  const annotations = flags.notes ? await readNotes(flags.notes, deps.warn) : [];
  const written: string[] = [];
  if (flags.csv) {
    await writeFile(flags.csv, dataCsv(docs, annotations));
    const findingsPath = findingsCsvPath(flags.csv);
    await writeFile(findingsPath, findingsCsv(docs, annotations));
    written.push(`已写出 CSV：${flags.csv}（问题：${findingsPath}）`);
  }
  if (flags.xlsx) {
    await writeFile(flags.xlsx, await dataXlsx(docs, annotations));
    written.push(`已写出 Excel：${flags.xlsx}`);
  }
  if (flags.pdf) {
    const reviewDate = localDate(deps.now);
    const reports: SummaryReport[] = docs.map((doc) => {
      const review = annotations.find((a) => a.sha256 === doc.sha256);
      return { doc, annotations: review, reviewer: flags.reviewer || review?.reviewer || systemUser(), reviewDate };
    });
    const failures = outcomes.flatMap((o) => (o.ok ? [] : [{ file: o.failed.file, message: o.failed.error.message }]));
    const pdf = await (deps.print ?? ((html: string) => printHtmlWithBrowser(html)))(renderSummaryHtml(reports, failures, { unit: flags.unit?.trim() ?? '' }));
    await writeFile(flags.pdf, pdf);
    written.push(`已写出审阅报告 PDF：${flags.pdf}`);
  }
  return written;
}

async function readNotes(path: string, warn: (message: string) => void = () => {}): Promise<ReviewAnnotations[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取批注备份 ${path}：${error instanceof Error ? error.message : String(error)}`);
  }
  const { annotations, warnings } = parseNotesBackup(json);
  for (const w of warnings) warn(w);
  return annotations;
}

function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
