import { createHash } from 'node:crypto';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { previousOf, runChecks } from '../../shared/checks';
import { extractReport } from '../../shared/extract';
import { parseFile } from '../parsers';
import { ParseError } from '../parsers/parseError';
import { formatFromName } from '../parsers/sniff';
import { DEFAULT_LIMITS, parseTimeLimitMs } from '../parsers/types';
import type { ParseLimits } from '../parsers/types';
import type { OcrProgress } from '../parsers/ocr/ocrLimits';
import { unexpectedErrorText } from './errorText';
import type { FailedDocument, ReviewOutcome, ReviewedDocument } from './reviewFile';

/** Largest file read: real reports are well under 50 MB; anything larger is not one. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Progress of a batch, reported when a file starts and after each file. */
export interface BatchProgress {
  done: number;
  total: number;
  current: string | null;
  /** Set while `current` is read by OCR: the scanned page it has started (OCR takes seconds a page). */
  ocr?: OcrProgress;
}

const SUPPORTED = new Set(['.docx', '.doc', '.wps', '.pdf', '.html', '.htm', '.txt']);

/** Most files a folder walk collects; beyond this a folder is not a set of reports. */
export const MAX_WALK_FILES = 10_000;

/**
 * Expands folders (recursively) into the report files in them, keeping files as given. Each
 * folder is walked once by its real path, so a symlink loop (a link to `.` or to a parent) is
 * entered once, and each file is listed once however many names reach it. Iterative: depth costs no
 * stack.
 */
export async function expandPaths(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      // A file named twice (or also reached through a folder) is reviewed once; a missing one is
      // kept as given, to be answered with its error.
      const file = info ? await realpath(input).catch(() => input) : null;
      if (file !== null && seenFiles.has(file)) continue;
      if (file !== null) seenFiles.add(file);
      out.push(input);
      continue;
    }
    const pending = [input];
    while (pending.length > 0 && out.length < MAX_WALK_FILES) {
      const dir = pending.shift() as string;
      const real = await realpath(dir).catch(() => null);
      if (real === null || seenDirs.has(real)) continue;
      seenDirs.add(real);
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      const names = entries
        .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'))
        .map((e) => e.name)
        .sort();
      const subdirs: string[] = [];
      for (const name of names) {
        const path = join(dir, name);
        const child = await stat(path).catch(() => null);
        if (child?.isDirectory()) subdirs.push(path);
        else if (child?.isFile() && SUPPORTED.has(extname(name).toLowerCase())) {
          const file = await realpath(path).catch(() => path);
          if (seenFiles.has(file)) continue;
          seenFiles.add(file);
          out.push(path);
        }
      }
      // Depth first, in name order, as the recursive walk listed them.
      pending.unshift(...subdirs);
    }
  }
  return out;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ParseError('timeout', `解析超过 ${Math.round(ms / 1000)} 秒仍未完成，已停止。文件可能过大或已损坏。`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** One file read, parsed and extracted, before the checks; plain data, so it crosses to a worker. */
export type ReadOutcome = { ok: true; doc: Omit<ReviewedDocument, 'findings'> } | { ok: false; failed: FailedDocument };

/** What a caller of readReport hears while one file is read. */
export interface ReadHooks {
  /**
   * A PDF whose bytes (of this SHA-256) have passed every limit checked before parsing: the source
   * pane may show them while the review goes on. Never called for other formats (their pane shows
   * what the parse makes), nor for a PDF refused by a limit.
   */
  onShowable?(sha256: string): void;
}

/** Reads, parses and extracts one file; checks run later, when the batch is known. */
export async function readReport(path: string, limits: ParseLimits = DEFAULT_LIMITS, hooks: ReadHooks = {}): Promise<ReadOutcome> {
  const file = basename(path);
  const failed = (code: FailedDocument['error']['code'], message: string, size = 0, sha256: string | null = null) => ({
    ok: false as const,
    failed: { file, path, format: formatFromName(file), size, sha256, error: { code, message } },
  });
  const info = await stat(path).catch(() => null);
  if (!info) return failed('unreadable', '找不到文件，或没有读取权限。');
  if (!info.isFile()) return failed('unreadable', '这不是一个文件。');
  if (info.size > MAX_FILE_BYTES) {
    return failed('too-large', `文件过大（${Math.round(info.size / 1048576)} MB），超过 ${MAX_FILE_BYTES / 1048576} MB 的上限。`, info.size);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return failed('unreadable', '无法读取文件：没有读取权限，或文件正被其他程序占用。', info.size);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const onShowable = hooks.onShowable;
    const parseLimits = onShowable ? { ...limits, onPdfAccepted: () => onShowable(sha256) } : limits;
    const { format, parsed } = await withTimeout(parseFile(bytes, file, parseLimits), parseTimeLimitMs(limits));
    const data = extractReport(parsed.layout);
    if (data.title === null && data.rowsFound.length === 0) {
      throw new ParseError('not-a-report', '未找到年度报告的标题和表格：这似乎不是政府信息公开工作年度报告。');
    }
    return { ok: true, doc: { file, path, format, size: bytes.length, sha256, parsed, data } };
  } catch (error) {
    if (error instanceof ParseError) return failed(error.code, error.message, bytes.length, sha256);
    const detail = error instanceof Error ? error.message : String(error);
    return failed('unreadable', unexpectedErrorText(detail), bytes.length, sha256);
  }
}

/**
 * Reviews a batch: every file is read, extracted and checked; a file that fails gives a failed
 * outcome and the batch goes on. Reports of the same body for consecutive years are checked
 * against each other (cross_year.carry_over).
 */
export async function reviewPaths(
  paths: string[],
  onProgress?: (progress: BatchProgress) => void,
  limits: ParseLimits = DEFAULT_LIMITS,
  options: { onShowable?(path: string, sha256: string): void } = {},
): Promise<ReviewOutcome[]> {
  const read = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    const current = basename(path);
    onProgress?.({ done: i, total: paths.length, current });
    const onPageStart = (ocr: OcrProgress) => onProgress?.({ done: i, total: paths.length, current, ocr });
    const onShowable = options.onShowable && ((sha256: string) => options.onShowable?.(path, sha256));
    read.push(await readReport(path, { ...limits, ocrHooks: { ...limits.ocrHooks, onPageStart } }, { onShowable }));
  }
  onProgress?.({ done: paths.length, total: paths.length, current: null });
  return checkBatch(read);
}

/**
 * Checks every file read in a batch; reports of the same body for consecutive years are checked
 * against each other (cross_year.carry_over).
 */
export function checkBatch(read: ReadOutcome[]): ReviewOutcome[] {
  const datas = read.flatMap((r) => (r.ok ? [r.doc.data] : []));
  return read.map((r): ReviewOutcome => {
    if (!r.ok) return r;
    return { ok: true, doc: { ...r.doc, findings: runChecks(r.doc.data, previousOf(r.doc.data, datas)) } };
  });
}

/** Reviews one file on its own. */
export async function reviewPath(path: string, limits: ParseLimits = DEFAULT_LIMITS): Promise<ReviewOutcome> {
  const [outcome] = await reviewPaths([path], undefined, limits);
  return outcome;
}

/** True when a path names a file type the app reads. */
export function isSupportedPath(path: string): boolean {
  return SUPPORTED.has(extname(path).toLowerCase());
}
