import { basename } from 'node:path';
import { checkBatch, type BatchProgress, type ReadOutcome } from './review';
import type { FailedDocument, ReviewOutcome } from './reviewFile';
import { formatFromName } from '../parsers/sniff';
import type { ParseLimits } from '../parsers/types';

/** The pipeline as the app runs it (reviewPaths, or the worker's reviewPathsInWorker). */
export type ReviewPathsFn = (
  paths: string[],
  onProgress?: (p: BatchProgress) => void,
  limits?: ParseLimits,
  options?: { signal?: AbortSignal; onShowable?: (path: string, sha256: string) => void },
) => Promise<ReviewOutcome[]>;

/** How a batch is read: where finished files and progress go, when to stop. */
export interface BatchOpenOptions {
  /** Called with each file as soon as it is read and checked on its own, in finishing order. */
  onOutcome?(outcome: ReviewOutcome, index: number): void;
  onProgress?(progress: BatchProgress): void;
  /**
   * A PDF of the batch has passed its limits and may be shown while it is read on (its SHA-256):
   * before onOutcome of the same file, never after.
   */
  onShowable?(index: number, sha256: string): void;
  /** True once the user asked to stop: files not yet started become 已取消 entries. */
  cancelled?(): boolean;
  /** Aborted when the user asks to stop: the files being read are stopped too (OCR takes minutes). */
  signal?: AbortSignal;
  /**
   * Files handed to the pipeline at once. The pipeline decides how many it reads in parallel (a
   * pool of workers, or one); this only keeps enough requests in flight to keep it busy while
   * cancel stays prompt.
   */
  concurrency?: number;
}

/** The message of a file the user stopped before it was read (it can be read later with 重试). */
export const CANCELLED_MESSAGE = '已取消读取：读取在此文件之前被取消，可点「重试」重新读取。';
/** The message of a file the user stopped while it was being read. */
export const STOPPED_MESSAGE = '已取消读取：读取此文件时被取消，可点「重试」重新读取。';

function cancelledOutcome(path: string, message = CANCELLED_MESSAGE): ReviewOutcome {
  const file = basename(path);
  const failed: FailedDocument = { file, path, format: formatFromName(file), size: 0, sha256: null, error: { code: 'cancelled', message } };
  return { ok: false, failed };
}

function crashedOutcome(path: string, error: unknown): ReviewOutcome {
  const file = basename(path);
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, failed: { file, path, format: formatFromName(file), size: 0, sha256: null, error: { code: 'unreadable', message: `读取时出错：${detail}` } } };
}

/** A reviewed outcome back to what was read, so that the batch's cross-file checks can run again. */
function asRead(outcome: ReviewOutcome): ReadOutcome {
  if (!outcome.ok) return outcome;
  const { findings: _findings, ...doc } = outcome.doc;
  return { ok: true, doc };
}

/**
 * Reads a batch file by file through the pipeline, so that each report reaches the caller as soon
 * as it is done (the first can be reviewed while the rest are read), with progress after every
 * file and a cancel that stops handing out files. Each file is first checked on its own; once all
 * are in, the batch is checked again as a whole (cross_year.carry_over needs last year's report)
 * and the final outcomes are returned in the order of `paths`. A file whose read throws becomes a
 * failed outcome: one file never stops the batch.
 */
export async function openBatch(paths: string[], review: ReviewPathsFn, options: BatchOpenOptions = {}): Promise<ReviewOutcome[]> {
  const total = paths.length;
  const outcomes: Array<ReviewOutcome | undefined> = new Array(total);
  const running = new Set<string>();
  let next = 0;
  let done = 0;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 8, total || 1));
  const report = () => options.onProgress?.({ done, total, current: [...running].at(-1) ?? null });

  async function lane(): Promise<void> {
    while (next < total) {
      const index = next++;
      const path = paths[index];
      let outcome: ReviewOutcome;
      if (options.cancelled?.()) {
        outcome = cancelledOutcome(path);
      } else {
        const name = basename(path);
        running.add(name);
        report();
        // A scanned file reports each page it starts to read by OCR.
        const onProgress = (p: BatchProgress) => {
          if (p.ocr) options.onProgress?.({ done, total, current: name, ocr: p.ocr });
        };
        try {
          const onShowable = (_path: string, sha256: string) => options.onShowable?.(index, sha256);
          const [result] = await review([path], onProgress, undefined, { signal: options.signal, onShowable });
          outcome = result ?? crashedOutcome(path, '没有结果');
        } catch (error) {
          outcome = options.signal?.aborted ? cancelledOutcome(path, STOPPED_MESSAGE) : crashedOutcome(path, error);
        }
        running.delete(name);
      }
      outcomes[index] = outcome;
      done++;
      options.onOutcome?.(outcome, index);
      report();
    }
  }

  report();
  await Promise.all(Array.from({ length: concurrency }, lane));
  return checkBatch(outcomes.map((o, i) => asRead(o ?? cancelledOutcome(paths[i]))));
}
