import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentReview, DocumentSource, DocumentSummary, IpcError, IpcResult, OpenProgress, RecentEntry } from '../../shared/ipc/contract';
import { openBatch } from '../documents/batchOpen';
import type { DropTokens } from '../documents/dropTokens';
import { expandPaths } from '../documents/review';
import type { RecentFiles } from '../documents/recentFiles';
import { type DocumentStore, toSummary } from '../documents/store';
import type { ReviewOutcome } from '../documents/reviewFile';
import { zhMain } from '../strings';

/** What the handlers need from the outside world; Electron is plugged in by register.ts. */
export interface DocumentHandlerDeps {
  /** The native open dialog: chosen paths, or an empty list when cancelled. */
  showOpenDialog(): Promise<string[]>;
  /** The native folder dialog (打开文件夹…): the chosen folder, or null when cancelled. */
  showFolderDialog?(): Promise<string | null>;
  /** Files handed to the pipeline at once (see openBatch); the pipeline sizes its own pool. */
  concurrency?: number;
  /** The pipeline (main/documents/review.ts). */
  reviewPaths(paths: string[], onProgress?: (p: OpenProgress) => void): Promise<ReviewOutcome[]>;
  store: DocumentStore;
  recent: RecentFiles;
  drops: DropTokens;
  /** Reads a file's bytes for the PDF view; defaults to fs. */
  readBytes?(path: string): Promise<Uint8Array>;
}

/** Per-call context: where to report progress (the window that asked). */
export interface HandlerContext {
  progress(p: OpenProgress): void;
  /** Documents as they finish reading, and documents whose findings changed (batch rechecked). */
  opened?(documents: DocumentSummary[]): void;
}

/** The handlers of `documents:*`, plain functions of already validated arguments. */
export interface DocumentHandlers {
  openDialog(ctx: HandlerContext): Promise<IpcResult<DocumentSummary[]>>;
  openDropped(ctx: HandlerContext, tokens: string[]): Promise<IpcResult<DocumentSummary[]>>;
  openRecent(ctx: HandlerContext, token: string): Promise<IpcResult<DocumentSummary[]>>;
  recent(ctx: HandlerContext): Promise<IpcResult<RecentEntry[]>>;
  review(ctx: HandlerContext, id: string): Promise<IpcResult<DocumentReview>>;
  source(ctx: HandlerContext, id: string): Promise<IpcResult<DocumentSource>>;
  openFolder(ctx: HandlerContext): Promise<IpcResult<DocumentSummary[]>>;
  cancelOpen(ctx: HandlerContext): Promise<IpcResult<void>>;
  retry(ctx: HandlerContext, ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  close(ctx: HandlerContext, ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  /** Preload only: a one-use token for a dropped file's path. */
  registerDropped(ctx: HandlerContext, path: string): Promise<IpcResult<string>>;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const fail = (code: IpcError['code'], message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

/** Builds the document handlers over a store, a recent list and the pipeline. */
export function createDocumentHandlers(deps: DocumentHandlerDeps): DocumentHandlers {
  const readBytes = deps.readBytes ?? ((path: string) => readFile(path));

  /** Batches being read; 取消 stops them all (one window reads one batch at a time in practice). */
  const reading = new Set<{ cancelled: boolean }>();

  /**
   * Opens files and folders (read recursively for the CLI's file types) as one batch: each report
   * is stored and sent to the renderer as soon as it is read; then every open document is checked
   * again across files, and those whose findings changed are sent again.
   */
  async function open(ctx: HandlerContext, inputs: string[]): Promise<IpcResult<DocumentSummary[]>> {
    if (inputs.length === 0) return fail('cancelled', zhMain.errors.cancelled);
    const run = { cancelled: false };
    reading.add(run);
    let total = 0;
    try {
      const paths = await expandPaths(inputs);
      total = paths.length;
      if (total === 0) return fail('not-found', zhMain.errors.noReports);
      ctx.progress({ done: 0, total, current: null });
      const outcomes = await openBatch(paths, (p) => deps.reviewPaths(p), {
        concurrency: deps.concurrency,
        cancelled: () => run.cancelled,
        onProgress: (p) => ctx.progress(p),
        onOutcome: (o) => ctx.opened?.([toSummary(deps.store.add(o))]),
      });
      const ids = outcomes.map((o) => deps.store.add(o).id);
      const opened = new Set(ids);
      const changed = deps.store
        .recheck()
        .filter((d) => !opened.has(d.id))
        .map(toSummary);
      if (changed.length > 0) ctx.opened?.(changed);
      deps.recent.add(outcomes.flatMap((o) => (o.ok ? [o.doc.path] : [])).slice(-10));
      // Every id was stored just above (nothing since has awaited), so each is found; it is read back
      // after recheck because recheck replaces the entries whose findings changed.
      return ok(
        ids.flatMap((id) => {
          const stored = deps.store.get(id);
          return stored ? [toSummary(stored)] : [];
        }),
      );
    } catch (error) {
      return fail('internal', `${zhMain.errors.internal}：${String((error as Error)?.message ?? error)}`);
    } finally {
      reading.delete(run);
      ctx.progress({ done: total, total, current: null });
    }
  }

  return {
    async openDialog(ctx) {
      return open(ctx, await deps.showOpenDialog());
    },
    async openDropped(ctx, tokens) {
      const paths = tokens.map((t) => deps.drops.take(t)).filter((p): p is string => p !== null);
      if (paths.length === 0) return fail('not-found', zhMain.errors.dropExpired);
      return open(ctx, paths);
    },
    async openRecent(ctx, token) {
      const path = deps.recent.pathOf(token);
      if (!path) return fail('not-found', zhMain.errors.recentMissing);
      return open(ctx, [path]);
    },
    async recent() {
      return ok(deps.recent.list());
    },
    async review(_ctx, id) {
      const stored = deps.store.get(id);
      if (!stored) return fail('not-found', zhMain.errors.unknownDocument);
      if (!stored.outcome.ok) {
        const { code, message } = stored.outcome.failed.error;
        return { ok: false, error: { code, message } };
      }
      const { doc } = stored.outcome;
      return ok({ summary: toSummary(stored), data: doc.data, findings: doc.findings });
    },
    async source(_ctx, id) {
      const stored = deps.store.get(id);
      if (!stored) return fail('not-found', zhMain.errors.unknownDocument);
      if (!stored.outcome.ok) {
        const { code, message } = stored.outcome.failed.error;
        return { ok: false, error: { code, message } };
      }
      const { doc } = stored.outcome;
      if (doc.format === 'pdf') {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readBytes(doc.path));
        } catch {
          return fail('unreadable', zhMain.errors.unreadable);
        }
        // The pane must show the document that was reviewed: a file replaced or edited since it
        // was opened would carry the old review's highlights and notes over another document.
        if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) return fail('unreadable', zhMain.errors.changedOnDisk);
        return ok({ kind: 'pdf', bytes });
      }
      if (doc.parsed.html !== undefined) return ok({ kind: 'html', html: doc.parsed.html });
      return ok({ kind: 'text', text: doc.parsed.text ?? '' });
    },
    async openFolder(ctx) {
      const folder = deps.showFolderDialog ? await deps.showFolderDialog() : null;
      return open(ctx, folder ? [folder] : []);
    },
    async cancelOpen() {
      for (const run of reading) run.cancelled = true;
      return ok(undefined);
    },
    async retry(ctx, ids) {
      const paths = ids.map((id) => deps.store.pathOf(id));
      if (paths.some((p) => p === null)) return fail('not-found', zhMain.errors.unknownDocument);
      return open(ctx, paths as string[]);
    },
    async close(_ctx, ids) {
      deps.store.remove(ids);
      // A report whose last-year partner left the batch loses its carry-over findings.
      return ok(deps.store.recheck().map(toSummary));
    },
    async registerDropped(_ctx, path) {
      return ok(deps.drops.issue(path));
    },
  };
}
