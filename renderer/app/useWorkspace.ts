import { useCallback, useEffect, useState } from 'react';
import type {
  DocumentReview,
  DocumentSource,
  DocumentSummary,
  IpcError,
  IpcResult,
  OpenProgress,
  RecentEntry,
  RendererApi,
} from '../../shared/ipc/contract';
import { markOpenStart } from './perf';

/** A value loaded over IPC: not yet, loaded, or failed with a readable error. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: IpcError };

/** Open documents, the active one, its review and source, progress and errors. */
export interface Workspace {
  documents: DocumentSummary[];
  activeId: string | null;
  setActiveId(id: string): void;
  review: Loaded<DocumentReview> | null;
  source: Loaded<DocumentSource> | null;
  progress: OpenProgress | null;
  busy: boolean;
  /** The last open error that is worth showing (not a cancel). */
  error: IpcError | null;
  recent: RecentEntry[];
  openDialog(): void;
  openFiles(files: File[]): void;
  openRecent(token: string): void;
}

function toLoaded<T>(result: IpcResult<T>): Loaded<T> {
  return result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error };
}

/** The state of the review workspace, over the IPC API. */
export function useWorkspace(api: RendererApi): Workspace {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [reviews, setReviews] = useState<Record<string, Loaded<DocumentReview>>>({});
  const [sources, setSources] = useState<Record<string, Loaded<DocumentSource>>>({});
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);

  const refreshRecent = useCallback(() => {
    void api.documents.recent().then((r) => r.ok && setRecent(r.value));
  }, [api]);

  useEffect(refreshRecent, [refreshRecent]);
  useEffect(() => api.onOpenProgress((p) => setProgress(p.done >= p.total ? null : p)), [api]);

  const run = useCallback(
    (open: () => Promise<IpcResult<DocumentSummary[]>>) => {
      markOpenStart();
      setBusy(true);
      setError(null);
      void open()
        .then((result) => {
          if (!result.ok) {
            if (result.error.code !== 'cancelled') setError(result.error);
            return;
          }
          const opened = result.value;
          setDocuments((docs) => [...docs.filter((d) => !opened.some((o) => o.id === d.id)), ...opened]);
          // A reopened file is reviewed again: forget what was loaded for its id.
          const drop = <T,>(m: Record<string, T>) => Object.fromEntries(Object.entries(m).filter(([id]) => !opened.some((o) => o.id === id)));
          setReviews(drop);
          setSources(drop);
          if (opened[0]) setActiveId(opened[0].id);
          refreshRecent();
        })
        .catch((e: unknown) => setError({ code: 'internal', message: String(e) }))
        .finally(() => {
          setBusy(false);
          setProgress(null);
        });
    },
    [refreshRecent],
  );

  // Load the active document's review and source once, in parallel.
  useEffect(() => {
    if (!activeId) return;
    const id = activeId;
    if (!reviews[id]) {
      setReviews((m) => ({ ...m, [id]: { state: 'loading' } }));
      void api.documents.review(id).then((r) => setReviews((m) => ({ ...m, [id]: toLoaded(r) })));
    }
    if (!sources[id]) {
      setSources((m) => ({ ...m, [id]: { state: 'loading' } }));
      void api.documents.source(id).then((r) => setSources((m) => ({ ...m, [id]: toLoaded(r) })));
    }
  }, [api, activeId, reviews, sources]);

  return {
    documents,
    activeId,
    setActiveId,
    review: activeId ? (reviews[activeId] ?? null) : null,
    source: activeId ? (sources[activeId] ?? null) : null,
    progress,
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
  };
}
