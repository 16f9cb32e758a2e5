import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentReview, DocumentSource, DocumentSummary, IpcError, IpcResult, RecentEntry, RendererApi, ShowableSource } from '../../shared/ipc/contract';
import { markOpenStart } from './perf';

/** A value loaded over IPC: not yet, loaded, or failed with a readable error. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: IpcError };

/** Open documents, the active one, its review and source, whether files are being read, and errors. */
export interface Workspace {
  documents: DocumentSummary[];
  activeId: string | null;
  /** Opens a report (the list gives way to it). */
  setActiveId(id: string): void;
  /** Closes the open report and shows the list again (nothing is lost: notes are in IndexedDB). */
  closeReport(): void;
  review: Loaded<DocumentReview> | null;
  source: Loaded<DocumentSource> | null;
  /**
   * The PDF an open shows while it is still being reviewed (the active id, no summary yet): its
   * source is drawn at once; the tables and findings come with the summary, or its error does.
   */
  opening: ShowableSource | null;
  busy: boolean;
  /** The last open error that is worth showing (not a cancel). */
  error: IpcError | null;
  recent: RecentEntry[];
  openDialog(): void;
  openFiles(files: File[]): void;
  openRecent(token: string): void;
  /** 打开文件夹…: reports stream into `documents` as they are read. */
  openFolder(): void;
  /** 取消: stops reading the batch; files not yet read stay as 已取消 entries. */
  cancelOpen(): void;
  /** 重试: reads these documents again. */
  retry(ids: string[]): void;
  /** Removes documents from the batch (never the files). */
  remove(ids: string[]): void;
  /**
   * Reopens a kept batch: the list becomes exactly these documents as main reads them again
   * (streamed; the others leave at once). Resolves with the batch once read, or null.
   */
  reopen(ids: string[]): Promise<DocumentSummary[] | null>;
  /** 重新定位: the file the user picks stands for this document from now on. */
  locate(id: string): void;
}

function toLoaded<T>(result: IpcResult<T>): Loaded<T> {
  return result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error };
}

/** A source loaded or being loaded, with the SHA-256 of the file it is of. */
interface SourceEntry {
  sha256: string;
  loaded: Loaded<DocumentSource>;
}

/**
 * Whether a source loaded before this summary came is still that document's: of the same bytes, of
 * a document that was reviewed (a PDF drawn while it was read stays; one whose review failed goes).
 */
function sourceStillHolds(entry: SourceEntry, summary: DocumentSummary): boolean {
  return summary.status === 'ready' && summary.sha256 !== '' && entry.sha256 === summary.sha256 && entry.loaded.state !== 'failed';
}

/** The state of the review workspace, over the IPC API. */
export function useWorkspace(api: RendererApi): Workspace {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [reviews, setReviews] = useState<Record<string, Loaded<DocumentReview>>>({});
  const [sources, setSources] = useState<Record<string, SourceEntry>>({});
  const [opening, setOpening] = useState<ShowableSource | null>(null);
  /**
   * The open that shows its first report while it is read (a token per open), until it is shown;
   * null when no open may: it does not show one, or another open is running (the events carry no
   * open of their own, so the first file of another open could be taken for this one's).
   */
  const showsFirst = useRef<object | null>(null);
  /** The open whose first report `opening` is. */
  const openingOwner = useRef<object | null>(null);
  const running = useRef(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const pending = useRef<DocumentSummary[]>([]);
  const frame = useRef<number | null>(null);

  /**
   * Adds or replaces documents by id (new ones at the end); a changed one (another revision) is
   * reviewed afresh, and its source is loaded again unless it is of the same bytes. A review loaded
   * at the incoming revision stays: an open's answer repeats the summaries it streamed, and the
   * report the auditor is working in meanwhile must not go blank and lose its scroll.
   */
  const upsert = useCallback((incoming: DocumentSummary[]) => {
    if (incoming.length === 0) return;
    const byId = new Map(incoming.map((d) => [d.id, d]));
    setDocuments((docs) => {
      const seen = new Set<string>();
      const kept = docs.map((d) => {
        seen.add(d.id);
        return byId.get(d.id) ?? d;
      });
      return [...kept, ...[...byId.values()].filter((d) => !seen.has(d.id))];
    });
    // Kept: a review loaded at the incoming revision, and every review of a document not incoming.
    const holds = ([id, loaded]: [string, Loaded<DocumentReview>]) => {
      const d = byId.get(id);
      return d === undefined || (loaded.state === 'ready' && loaded.value.summary.revision === d.revision);
    };
    setReviews((m) => {
      const kept = Object.entries(m).filter(holds);
      return kept.length === Object.keys(m).length ? m : Object.fromEntries(kept);
    });
    setSources((m) => {
      if (!incoming.some((d) => d.id in m)) return m;
      return Object.fromEntries(Object.entries(m).filter(([id, entry]) => !byId.has(id) || sourceStillHolds(entry, byId.get(id) as DocumentSummary)));
    });
  }, []);

  const refreshRecent = useCallback(() => {
    void api.documents.recent().then((r) => r.ok && setRecent(r.value));
  }, [api]);

  useEffect(refreshRecent, [refreshRecent]);
  // Reports arrive one by one while a batch is read: gather them and render once per frame, so
  // that 200 arrivals cost a few renders of the list, not 200; as a transition, so that React
  // renders them in slices between frames and typing, scrolling and clicks go first.
  useEffect(() => {
    const off = api.onDocumentsOpened?.((docs) => {
      pending.current.push(...docs);
      frame.current ??= requestAnimationFrame(() => {
        frame.current = null;
        const batch = pending.current;
        pending.current = [];
        startTransition(() => upsert(batch));
      });
    });
    return () => {
      off?.();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [api, upsert]);

  // The first file of an open that shows it, once main says its PDF may be drawn: shown at once,
  // while its review goes on (the tables and findings follow with its summary).
  useEffect(
    () =>
      api.onSourceShowable?.((source) => {
        if (!showsFirst.current || source.index !== 0) return;
        openingOwner.current = showsFirst.current;
        showsFirst.current = null;
        setOpening(source);
        setActiveId(source.id);
      }),
    [api],
  );

  const flushPending = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const batch = pending.current;
    pending.current = [];
    upsert(batch);
  }, [upsert]);

  const run = useCallback(
    (open: () => Promise<IpcResult<DocumentSummary[]>>, activate = true) => {
      markOpenStart();
      // Not in the click's own frame: the workspace redraws for 正在读取 in slices.
      startTransition(() => {
        setBusy(true);
        setError(null);
      });
      const token = {};
      running.current++;
      showsFirst.current = activate && running.current === 1 ? token : null;
      void open()
        .then((result) => {
          if (!result.ok) {
            if (result.error.code !== 'cancelled') setError(result.error);
            return;
          }
          const opened = result.value;
          // Streamed summaries first, then the final ones (checked across the batch) over them;
          // a reopened file is reviewed again: upsert forgets what was loaded for its id.
          flushPending();
          upsert(opened);
          if (activate && opened[0]) setActiveId(opened[0].id);
          refreshRecent();
        })
        .catch((e: unknown) => setError({ code: 'internal', message: String(e) }))
        .finally(() => {
          running.current--;
          if (showsFirst.current === token) showsFirst.current = null;
          if (openingOwner.current === token) {
            openingOwner.current = null;
            setOpening(null);
          }
          setBusy(false);
        });
    },
    [refreshRecent, upsert, flushPending],
  );

  // Load the active document's review and source once, in parallel. A PDF still being opened has
  // only its source yet: its review is asked for once the open has answered (not twice, as its
  // summary comes first as a stream event and then again checked across the batch).
  useEffect(() => {
    if (!activeId) return;
    const id = activeId;
    const early = opening?.id === id ? opening : null;
    const summary = documents.find((d) => d.id === id);
    if (!reviews[id] && summary && !early) {
      setReviews((m) => ({ ...m, [id]: { state: 'loading' } }));
      void api.documents.review(id).then((r) => setReviews((m) => ({ ...m, [id]: toLoaded(r) })));
    }
    const sha256 = early?.sha256 ?? summary?.sha256;
    if (!sources[id] && sha256 !== undefined) {
      setSources((m) => ({ ...m, [id]: { sha256, loaded: { state: 'loading' } } }));
      void api.documents.source(id).then((r) =>
        setSources((m) => {
          // Dropped meanwhile (the summary said the file changed, or its review failed): stale.
          if (m[id]?.sha256 !== sha256 || m[id].loaded.state !== 'loading') return m;
          return { ...m, [id]: { sha256, loaded: toLoaded(r) } };
        }),
      );
    }
  }, [api, activeId, reviews, sources, documents, opening]);

  // Stable, so that the list (memoized) does not redraw for every progress event.
  const retry = useCallback((ids: string[]) => run(() => api.documents.retry(ids), false), [api, run]);
  const remove = useCallback(
    (ids: string[]) => {
      const gone = new Set(ids);
      setDocuments((docs) => docs.filter((d) => !gone.has(d.id)));
      setActiveId((id) => (id && gone.has(id) ? null : id));
      void api.documents.close(ids).then((r) => r.ok && upsert(r.value));
    },
    [api, upsert],
  );

  return {
    documents,
    activeId,
    setActiveId,
    review: activeId ? (reviews[activeId] ?? null) : null,
    source: activeId ? (sources[activeId]?.loaded ?? null) : null,
    opening: opening && opening.id === activeId ? opening : null,
    busy,
    error,
    recent,
    openDialog: () => run(() => api.documents.openDialog()),
    openFiles: (files) =>
      run(async () => {
        const tokens = await api.tokensForFiles(files);
        if (!tokens.ok) return tokens;
        return api.documents.openDropped(tokens.value);
      }),
    openRecent: (token) => run(() => api.documents.openRecent(token)),
    closeReport: () => setActiveId(null),
    openFolder: () => run(() => api.documents.openFolder(), false),
    cancelOpen: () => void api.documents.cancelOpen(),
    retry,
    reopen: (ids) => {
      // Documents not in the batch leave the list at once; those in it stay until main answers.
      const keep = new Set(ids);
      pending.current = pending.current.filter((d) => keep.has(d.id));
      setDocuments((docs) => docs.filter((d) => keep.has(d.id)));
      setActiveId((id) => (id && keep.has(id) ? id : null));
      return new Promise((resolve) =>
        run(
          () =>
            api.documents.reopen(ids).then(
              (r) => (resolve(r.ok ? r.value : null), r),
              (e: unknown) => (resolve(null), Promise.reject(e)),
            ),
          false,
        ),
      );
    },
    locate: (id) => run(() => api.documents.locate(id), false),
    remove,
  };
}
