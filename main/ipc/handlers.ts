import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentReview, DocumentSource, DocumentSummary, IpcError, IpcResult, OpenProgress, RecentEntry, ShowableSource } from '../../shared/ipc/contract';
import { openBatch } from '../documents/batchOpen';
import type { DropTokens } from '../documents/dropTokens';
import { KnownFiles } from '../documents/knownFiles';
import { formatFromName } from '../parsers/sniff';
import { expandPaths } from '../documents/review';
import type { RecentFiles } from '../documents/recentFiles';
import { type DocumentStore, outcomePath, toSummary } from '../documents/store';
import type { ReviewOutcome } from '../documents/reviewFile';
import type { ParseLimits } from '../parsers/types';
import { zhMain } from '../strings';

/** What the handlers need from the outside world; Electron is plugged in by register.ts. */
export interface DocumentHandlerDeps {
  /** The native open dialog: chosen paths, or an empty list when cancelled. */
  showOpenDialog(): Promise<string[]>;
  /** The native folder dialog (打开文件夹…): the chosen folder, or null when cancelled. */
  showFolderDialog?(): Promise<string | null>;
  /** The native open dialog for one file (重新定位 a moved file, named for the title), or null. */
  showLocateDialog?(name: string): Promise<string | null>;
  /** Files handed to the pipeline at once (see openBatch); the pipeline sizes its own pool. */
  concurrency?: number;
  /** The pipeline (main/documents/review.ts). */
  reviewPaths(
    paths: string[],
    onProgress?: (p: OpenProgress) => void,
    limits?: ParseLimits,
    options?: { signal?: AbortSignal; onShowable?: (path: string, sha256: string) => void },
  ): Promise<ReviewOutcome[]>;
  store: DocumentStore;
  recent: RecentFiles;
  /** Every file the user opened, by id (persisted in the app): what `reopen` may reopen. */
  known?: KnownFiles;
  drops: DropTokens;
  /** Reads a file's bytes for the PDF view; defaults to fs. */
  readBytes?(path: string): Promise<Uint8Array>;
}

/** Per-call context: where to report progress (the window that asked). */
export interface HandlerContext {
  progress(p: OpenProgress): void;
  /** Documents as they finish reading, and documents whose findings changed (batch rechecked). */
  opened?(documents: DocumentSummary[]): void;
  /** A PDF being read whose source may be drawn before its review is done. */
  showable?(source: ShowableSource): void;
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
  reopen(ctx: HandlerContext, ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  locate(ctx: HandlerContext, id: string): Promise<IpcResult<DocumentSummary[]>>;
  /** Preload only: a one-use token for a dropped file's path. */
  registerDropped(ctx: HandlerContext, path: string): Promise<IpcResult<string>>;
}

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

/** One reading in progress: 取消 sets `cancelled`; `total` is what the last progress reports. */
interface Run {
  cancelled: boolean;
  total: number;
  /** The documents this reading has stored so far (a reopen meanwhile leaves them open). */
  ids: Set<string>;
  /** Aborted by 取消: stops the files being read too (a scan's OCR takes minutes). */
  stop: AbortController;
}

/** The summary of an id main has no record of (another computer's batch, a lost record). */
function lostSummary(id: string): DocumentSummary {
  return {
    id,
    name: '',
    format: null,
    size: 0,
    sha256: '',
    status: 'failed',
    organ: null,
    year: null,
    template: null,
    counts: { error: 0, warning: 0, info: 0 },
    error: { code: 'missing', message: zhMain.errors.unknownFile },
    // No revision of main's: 0, which the store never gives.
    revision: 0,
  };
}
const fail = (code: IpcError['code'], message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

/** Builds the document handlers over a store, a recent list and the pipeline. */
export function createDocumentHandlers(deps: DocumentHandlerDeps): DocumentHandlers {
  const readBytes = deps.readBytes ?? ((path: string) => readFile(path));

  /** Batches being read; 取消 stops them all (one window reads one batch at a time in practice). */
  const reading = new Set<Run>();
  const known = deps.known ?? new KnownFiles(null);
  /**
   * PDFs being read that have passed their limits, by the id they will be stored under: `source`
   * serves their bytes (of this hash) before the review is stored. Gone once the outcome is stored.
   */
  const showable = new Map<string, { path: string; sha256: string }>();

  /** The id a path is read under: the one open now, else the one main gave it before, else new. */
  const idFor = (path: string) => deps.store.idOfPath(path) ?? known.idFor(path);

  /** Runs one reading (open, reopen, retry, locate) so that 取消 reaches it and progress ends. */
  async function running(ctx: HandlerContext, work: (run: Run) => Promise<IpcResult<DocumentSummary[]>>): Promise<IpcResult<DocumentSummary[]>> {
    const run: Run = { cancelled: false, total: 0, ids: new Set(), stop: new AbortController() };
    reading.add(run);
    try {
      return await work(run);
    } catch (error) {
      return fail('internal', `${zhMain.errors.internal}：${String((error as Error)?.message ?? error)}`);
    } finally {
      reading.delete(run);
      ctx.progress({ done: run.total, total: run.total, current: null });
    }
  }

  /**
   * Reads files through the pipeline into the store under the ids `idOf` gives, sending each to the
   * renderer as soon as it is read; records them as known files. Returns the ids, in order.
   */
  async function read(ctx: HandlerContext, run: Run, paths: string[], idOf: (path: string, index: number) => string, folder?: string): Promise<string[]> {
    // Fixed before reading: a PDF is announced under the id its outcome is stored under.
    const planned = paths.map((path, i) => idOf(path, i));
    let outcomes: ReviewOutcome[];
    try {
      outcomes = await openBatch(paths, (p, onProgress, limits, options) => deps.reviewPaths(p, onProgress, limits, options), {
        concurrency: deps.concurrency,
        cancelled: () => run.cancelled,
        signal: run.stop.signal,
        onProgress: (p) => ctx.progress(p),
        onShowable: (i, sha256) => {
          showable.set(planned[i], { path: paths[i], sha256 });
          ctx.showable?.({ id: planned[i], name: basename(paths[i]), sha256, index: i });
        },
        onOutcome: (o, i) => {
          showable.delete(planned[i]);
          const stored = deps.store.add(o, planned[i], folder);
          run.ids.add(stored.id);
          ctx.opened?.([toSummary(stored)]);
        },
      });
    } finally {
      for (const id of planned) showable.delete(id);
    }
    const ids = outcomes.map((o, i) => deps.store.add(o, planned[i], folder).id);
    known.record(outcomes.map((o, i) => ({ id: ids[i], path: outcomePath(o), sha256: o.ok ? o.doc.sha256 : o.failed.sha256 })));
    return ids;
  }

  /**
   * Checks every open document again as one batch; sends those outside `ids` whose findings
   * changed, and answers the summaries of `ids` in order (those main holds no document for, from
   * `extra`). Every stored id is read back after recheck, which replaces the entries it changes.
   */
  function finish(ctx: HandlerContext, ids: string[], extra = new Map<string, DocumentSummary>()): IpcResult<DocumentSummary[]> {
    const asked = new Set(ids);
    const changed = deps.store
      .recheck()
      .filter((d) => !asked.has(d.id))
      .map(toSummary);
    if (changed.length > 0) ctx.opened?.(changed);
    return ok(
      ids.flatMap((id) => {
        const stored = deps.store.get(id);
        const summary = stored ? toSummary(stored) : extra.get(id);
        return summary ? [summary] : [];
      }),
    );
  }

  /**
   * Opens files and folders (read recursively for the CLI's file types) as one batch: each report
   * is stored and sent to the renderer as soon as it is read; then every open document is checked
   * again across files, and those whose findings changed are sent again.
   */
  async function open(ctx: HandlerContext, inputs: string[], folder?: string): Promise<IpcResult<DocumentSummary[]>> {
    if (inputs.length === 0) return fail('cancelled', zhMain.errors.cancelled);
    return running(ctx, async (run) => {
      const paths = await expandPaths(inputs);
      run.total = paths.length;
      if (run.total === 0) return fail('not-found', zhMain.errors.noReports);
      ctx.progress({ done: 0, total: run.total, current: null });
      const ids = await read(ctx, run, paths, idFor, folder);
      deps.recent.add(
        ids
          .flatMap((id) => deps.store.get(id)?.outcome ?? [])
          .flatMap((o) => (o.ok ? [o.doc.path] : []))
          .slice(-10),
      );
      return finish(ctx, ids);
    });
  }

  /**
   * Looks at the files of known ids again: a file no longer at its place becomes a 'missing' entry
   * at once; with `reuse`, a document open now whose file has the same bytes keeps its review
   * (a page reload costs a hash per file, not a parse); the rest are read again. An id main does
   * not know gets a 'missing' summary with no name and is not stored.
   */
  async function lookAgain(ctx: HandlerContext, run: Run, ids: string[], reuse: boolean): Promise<IpcResult<DocumentSummary[]>> {
    const unknown = new Map<string, DocumentSummary>();
    const toRead: Array<{ id: string; path: string }> = [];
    const settled: DocumentSummary[] = [];
    for (const id of new Set(ids)) {
      const path = known.pathOf(id) ?? deps.store.pathOf(id);
      if (!path) {
        unknown.set(id, lostSummary(id));
        continue;
      }
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) {
        const name = known.get(id)?.name ?? basename(path);
        const failed = {
          file: name,
          path,
          format: formatFromName(name),
          size: 0,
          sha256: known.get(id)?.sha256 ?? null,
          error: { code: 'missing' as const, message: zhMain.errors.missing },
        };
        settled.push(toSummary(deps.store.add({ ok: false, failed }, id)));
        continue;
      }
      const stored = deps.store.get(id);
      if (reuse && stored?.outcome.ok && stored.outcome.doc.path === path && stored.outcome.doc.size === info.size) {
        const sha256 = await readBytes(path).then(
          (b) => createHash('sha256').update(b).digest('hex'),
          () => null,
        );
        if (sha256 === stored.outcome.doc.sha256) {
          settled.push(toSummary(stored));
          continue;
        }
      }
      toRead.push({ id, path });
    }
    if (settled.length > 0) ctx.opened?.(settled);
    run.total = toRead.length;
    if (toRead.length > 0) {
      ctx.progress({ done: 0, total: run.total, current: null });
      await read(
        ctx,
        run,
        toRead.map((r) => r.path),
        (_path, i) => toRead[i].id,
      );
    }
    return finish(ctx, [...new Set(ids)], unknown);
  }

  /**
   * A PDF's bytes for the pane, read again from its file. The pane must show the document that was
   * (or is being) reviewed: a file replaced or edited since it was read would carry that review's
   * highlights and notes over another document.
   */
  async function pdfSource(path: string, sha256: string): Promise<IpcResult<DocumentSource>> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readBytes(path));
    } catch {
      return fail('unreadable', zhMain.errors.unreadable);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return fail('unreadable', zhMain.errors.changedOnDisk);
    return ok({ kind: 'pdf', bytes });
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
      return ok({ summary: toSummary(stored), data: doc.data, findings: doc.findings, notes: doc.parsed.layout.warnings, pageTurns: doc.parsed.layout.pageTurns ?? {} });
    },
    async source(_ctx, id) {
      const stored = deps.store.get(id);
      const early = stored ? undefined : showable.get(id);
      if (early) return pdfSource(early.path, early.sha256);
      if (!stored) return fail('not-found', zhMain.errors.unknownDocument);
      if (!stored.outcome.ok) {
        const { code, message } = stored.outcome.failed.error;
        return { ok: false, error: { code, message } };
      }
      const { doc } = stored.outcome;
      if (doc.format === 'pdf') return pdfSource(doc.path, doc.sha256);
      if (doc.parsed.html !== undefined) return ok({ kind: 'html', html: doc.parsed.html });
      return ok({ kind: 'text', text: doc.parsed.text ?? '' });
    },
    async openFolder(ctx) {
      const folder = deps.showFolderDialog ? await deps.showFolderDialog() : null;
      return open(ctx, folder ? [folder] : [], folder ? basename(folder) : undefined);
    },
    async cancelOpen() {
      for (const run of reading) {
        run.cancelled = true;
        run.stop.abort();
      }
      return ok(undefined);
    },
    async retry(ctx, ids) {
      if (ids.some((id) => !deps.store.get(id) && !known.get(id))) return fail('not-found', zhMain.errors.unknownDocument);
      return running(ctx, (run) => lookAgain(ctx, run, ids, false));
    },
    async close(_ctx, ids) {
      deps.store.remove(ids);
      // A report whose last-year partner left the batch loses its carry-over findings.
      return ok(deps.store.recheck().map(toSummary));
    },
    async reopen(ctx, ids) {
      // The batch is exactly these documents: the others leave main's store (and its cross-file
      // checks), except those a reading still in progress has just opened (the window asked for them).
      const wanted = new Set(ids);
      for (const run of reading) for (const id of run.ids) wanted.add(id);
      deps.store.remove(deps.store.ids().filter((id) => !wanted.has(id)));
      if (ids.length === 0) return ok([]);
      return running(ctx, (run) => lookAgain(ctx, run, ids, true));
    },
    async locate(ctx, id) {
      const stored = deps.store.get(id);
      const name = known.get(id)?.name ?? (stored ? basename(outcomePath(stored.outcome)) : '');
      const path = deps.showLocateDialog ? await deps.showLocateDialog(name) : null;
      if (!path) return fail('cancelled', zhMain.errors.cancelled);
      return running(ctx, async (run) => {
        run.total = 1;
        ctx.progress({ done: 0, total: 1, current: null });
        return finish(ctx, await read(ctx, run, [path], () => id));
      });
    },
    async registerDropped(_ctx, path) {
      return ok(deps.drops.issue(path));
    },
  };
}
