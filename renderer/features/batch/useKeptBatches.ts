import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import {
  acceptContent,
  addEntries,
  createBatch,
  currentBatchId,
  deleteBatch,
  entriesOf,
  getBatch,
  listBatches,
  nameIfUnnamed,
  removeEntries,
  renameBatch,
  saveView,
  setCurrentBatch,
  type BatchListing,
} from '../../db/batches';
import type { BatchEntryRow } from '../../db/db';
import { getDb } from '../../db/db';
import { useThrottled } from '../../components/useThrottled';
import { reportStorageError } from '../../db/storageErrors';
import type { Workspace } from '../../app/useWorkspace';
import { orShow } from '../notes/liveQuery';
import { DEFAULT_VIEW, entryState, inBatchOrder, readView, storedView, type EntryState, type KeptView } from './keptView';

/** The kept batches and the one shown, over the workspace. */
export interface KeptBatches {
  /** The first batch has been reopened (or there was none). */
  ready: boolean;
  batches: BatchListing[];
  current: BatchListing | null;
  /** The workspace's documents in the batch's order. */
  documents: DocumentSummary[];
  /** Missing / changed files, by document id. */
  states: ReadonlyMap<string, EntryState>;
  /** The view to restore, and a counter that changes whenever it must be restored. */
  view: KeptView;
  viewSeq: number;
  /** Saves the list's view, as it stands once the view of restore `seq` has been applied. */
  saveView(view: Omit<KeptView, 'openId'>, seq: number): void;
  switchTo(id: string): void;
  create(): void;
  rename(name: string): Promise<boolean>;
  deleteCurrent(): void;
  /** 移出批次: out of the list and of main (never the file, never its notes). */
  removeDocs(ids: string[]): void;
  /** 按新内容审阅: the file's new content becomes the one the batch stands for. */
  acceptChange(id: string): void;
  /** 重新定位 a moved file (stable, so that the list's memoized rows stay as they are). */
  locate(id: string): void;
}

const NO_ENTRIES: BatchEntryRow[] = [];

/** How often, at most, documents streaming in are written to the batch. */
const JOIN_MS = 1000;

/**
 * Keeps the batches in IndexedDB: every document that enters the workspace joins the batch shown
 * (the first folder opened into an unnamed batch names it), removing takes it out, and the list's
 * view and open report are saved as they change. On start the last batch is reopened: main reads
 * its files again by id (the paths never leave main), the open report first, and the view comes
 * back. Switching is refused while files are being read (取消 first).
 */
export function useKeptBatches(ws: Workspace): KeptBatches {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<KeptView>(DEFAULT_VIEW);
  const [viewSeq, setViewSeq] = useState(0);
  const batches = useLiveQuery(() => orShow(listBatches(getDb()), []), []) ?? [];
  const entries = useLiveQuery(() => (currentId ? orShow(entriesOf(getDb(), currentId), NO_ENTRIES) : Promise.resolve(NO_ENTRIES)), [currentId]) ?? NO_ENTRIES;

  /** The batch shown and its members, ahead of the live queries (set synchronously). */
  const current = useRef<string | null>(null);
  const members = useRef(new Set<string>());
  /** Set while a batch is being loaded: documents then are not added to any batch. */
  const loading = useRef(false);
  /** The report to open once it arrives, while a batch is being reopened. */
  const pendingOpen = useRef<string | null>(null);
  const latest = useRef(ws);
  latest.current = ws;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const started = useRef(false);
  /** The view restored last (viewSeq, ahead of the state). */
  const viewSeqNow = useRef(0);

  /** Runs database work one piece at a time, in order; a failure shows in the storage banner (and gives undefined). */
  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T | undefined> => {
    const done = queue.current.then(work).catch((e: unknown) => void reportStorageError(e));
    queue.current = done;
    return done;
  }, []);

  /** Adds the documents that are in the workspace but not yet in the batch (creating one if none is shown). */
  const sync = useCallback(
    () =>
      enqueue(async () => {
        if (loading.current) return;
        const fresh = latest.current.documents.filter((d) => !members.current.has(d.id));
        if (fresh.length === 0) return;
        for (const d of fresh) members.current.add(d.id);
        const db = getDb();
        if (!current.current) {
          const row = await createBatch(db);
          current.current = row.id;
          setCurrentId(row.id);
          await setCurrentBatch(db, row.id);
        }
        const id = current.current;
        const folder = fresh.find((d) => d.folder)?.folder;
        if (folder) await nameIfUnnamed(db, id, folder);
        await addEntries(
          db,
          id,
          fresh.map((d) => ({ docId: d.id, name: d.name, sha256: d.sha256 })),
        );
      }),
    [enqueue],
  );

  /**
   * Shows a batch (null: none): its records and view at once, then its files reopened in main, the
   * open report first. The reopen reads files and holds no database work back: a filter changed, or
   * a file taken out or accepted meanwhile, is written as it happens, not after the last file is read.
   */
  const load = useCallback(
    async (id: string | null) => {
      if (loading.current) return;
      loading.current = true;
      let openId: string | null = null;
      try {
        const shown = await enqueue(async () => {
          const db = getDb();
          const row = id ? await getBatch(db, id) : null;
          const list = row ? await entriesOf(db, row.id) : [];
          const previous = members.current;
          const v = readView(row?.view);
          current.current = row?.id ?? null;
          members.current = new Set(list.map((e) => e.docId));
          viewSeqNow.current++;
          setCurrentId(current.current);
          setView(v);
          setViewSeq(viewSeqNow.current);
          await setCurrentBatch(db, current.current);
          return { row, ids: list.map((e) => e.docId), previous, openId: v.openId };
        });
        if (!shown) return;
        const { row, ids, previous } = shown;
        const first = shown.openId && ids.includes(shown.openId) ? shown.openId : null;
        pendingOpen.current = first;
        const ordered = first ? [first, ...ids.filter((x) => x !== first)] : ids;
        // Documents opened before this batch was reopened (at start) stay, and join it. Read them
        // here, with no await before the reopen: a file the auditor opened while the batch's
        // records were being read must not be closed by it.
        const extras = latest.current.documents.filter((d) => !previous.has(d.id) && !ordered.includes(d.id)).map((d) => d.id);
        // No batch before and none now (a first start): nothing to reopen or close, and a file
        // being opened meanwhile must not be dropped by an empty reopen.
        const reopened = row || previous.size > 0 ? await latest.current.reopen([...ordered, ...extras]) : [];
        // The open report, if it has not opened yet as it streamed in (and nothing else was opened).
        if (pendingOpen.current && !latest.current.activeId && reopened?.some((d) => d.id === pendingOpen.current)) {
          openId = pendingOpen.current;
          latest.current.setActiveId(openId);
        } else openId = latest.current.activeId;
      } finally {
        pendingOpen.current = null;
        loading.current = false;
        setReady(true);
      }
      const shown = current.current;
      if (shown) {
        setView((v) => ({ ...v, openId }));
        await enqueue(async () => saveView(getDb(), shown, storedView({ ...readView((await getBatch(getDb(), shown))?.view), openId })));
      }
      await sync();
    },
    [enqueue, sync],
  );

  // On start: the batch shown last.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void currentBatchId(getDb())
      .catch(() => null)
      .then((id) => load(id));
  }, [load]);

  // The report open when the batch was left opens as it arrives.
  useEffect(() => {
    const open = pendingOpen.current;
    if (open && ws.documents.some((d) => d.id === open)) {
      pendingOpen.current = null;
      if (!latest.current.activeId) latest.current.setActiveId(open);
    }
  }, [ws.documents]);
  // New documents join the batch: at once when files are opened, at most every JOIN_MS while a
  // folder streams in (each join reads and rewrites the batch's entries, and the list re-reads them).
  const arrived = useThrottled(ws.documents, ws.busy ? JOIN_MS : 0);
  useEffect(() => {
    if (ready) sync();
  }, [arrived, ready, sync]);

  // The open report is part of the view (not while a batch is being reopened).
  useEffect(() => {
    if (!ready || loading.current || !current.current) return;
    const id = current.current;
    const openId = ws.activeId;
    setView((v) => {
      const next = { ...v, openId };
      void enqueue(() => saveView(getDb(), id, storedView(next)));
      return next;
    });
  }, [ws.activeId, ready, enqueue]);

  const save = useCallback(
    (part: Omit<KeptView, 'openId'>, seq: number) => {
      // A view from before the batch shown now was restored is not this batch's.
      if (seq !== viewSeqNow.current || !current.current) return;
      const id = current.current;
      setView((v) => {
        const next = { ...v, ...part };
        void enqueue(() => saveView(getDb(), id, storedView(next)));
        return next;
      });
    },
    [enqueue],
  );

  const documents = useMemo(() => inBatchOrder(ws.documents, entries), [ws.documents, entries]);
  const states = useMemo(() => {
    const byId = new Map(entries.map((e) => [e.docId, e]));
    const out = new Map<string, EntryState>();
    for (const d of ws.documents) {
      const s = entryState(d, byId.get(d.id));
      if (s) out.set(d.id, s);
    }
    return out;
  }, [ws.documents, entries]);

  const switchTo = useCallback(
    (id: string) => {
      if (latest.current.busy || loading.current || id === current.current) return;
      void load(id);
    },
    [load],
  );

  const create = useCallback(() => {
    if (latest.current.busy || loading.current) return;
    void enqueue(async () => {
      const row = await createBatch(getDb());
      void load(row.id);
    });
  }, [enqueue, load]);

  const rename = useCallback(async (name: string) => (current.current ? renameBatch(getDb(), current.current, name).catch(() => false) : false), []);

  const deleteCurrent = useCallback(() => {
    const id = current.current;
    if (!id || latest.current.busy || loading.current) return;
    void enqueue(async () => {
      await deleteBatch(getDb(), id);
      const next = (await listBatches(getDb()))[0] ?? null;
      void load(next?.id ?? null);
    });
  }, [enqueue, load]);

  const removeDocs = useCallback(
    (ids: string[]) => {
      latest.current.remove(ids);
      const id = current.current;
      for (const d of ids) members.current.delete(d);
      if (id) void enqueue(() => removeEntries(getDb(), id, ids));
    },
    [enqueue],
  );

  const acceptChange = useCallback(
    (docId: string) => {
      const id = current.current;
      const doc = latest.current.documents.find((d) => d.id === docId);
      if (id && doc?.sha256) void enqueue(() => acceptContent(getDb(), id, docId, doc.sha256, doc.name));
    },
    [enqueue],
  );

  const locate = useCallback((docId: string) => latest.current.locate(docId), []);

  const currentListing = batches.find((b) => b.id === currentId) ?? null;
  return {
    ready,
    batches,
    current: currentListing,
    documents,
    states,
    view,
    viewSeq,
    saveView: save,
    switchTo,
    create,
    rename,
    deleteCurrent,
    removeDocs,
    acceptChange,
    locate,
  };
}
