import type { BatchEntryRow, BatchRow, ReviewDb } from './db';
import { newId, nowIso } from './ids';
import { getPref, setPref } from './prefs';

/** A kept batch as the switcher lists it. */
export interface BatchListing {
  id: string;
  name: string;
  named: boolean;
  updatedAt: string;
  /** Number of files in it. */
  size: number;
}

/** A new batch's name until the auditor (or the first folder opened into it) names it. */
export const UNNAMED_BATCH = '未命名批次';

/** Longest batch name kept. */
export const MAX_BATCH_NAME = 80;

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_BATCH_NAME);
}

/** Every kept batch, newest first, with its number of files. */
export async function listBatches(db: ReviewDb): Promise<BatchListing[]> {
  return db.transaction('r', db.batches, db.batchEntries, async () => {
    const rows = await db.batches.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      rows.map(async (r) => ({ id: r.id, name: r.name, named: r.named, updatedAt: r.updatedAt, size: await db.batchEntries.where('batchId').equals(r.id).count() })),
    );
  });
}

/** Creates an empty batch; without a name it is 未命名批次 until a folder or the auditor names it. */
export async function createBatch(db: ReviewDb, name?: string): Promise<BatchRow> {
  const at = nowIso();
  const given = name ? cleanName(name) : '';
  const row: BatchRow = { id: newId(), name: given || UNNAMED_BATCH, named: !!given, createdAt: at, updatedAt: at, view: null };
  await db.batches.add(row);
  return row;
}

/** Renames a batch (an empty name is refused: false). */
export async function renameBatch(db: ReviewDb, id: string, name: string): Promise<boolean> {
  const clean = cleanName(name);
  if (!clean) return false;
  return (await db.batches.update(id, { name: clean, named: true, updatedAt: nowIso() })) === 1;
}

/** Deletes a batch and its list of files: never a file, a note, a status or a conclusion. */
export async function deleteBatch(db: ReviewDb, id: string): Promise<void> {
  await db.transaction('rw', db.batches, db.batchEntries, async () => {
    await db.batchEntries.where('batchId').equals(id).delete();
    await db.batches.delete(id);
  });
}

/** A batch row, or null. */
export async function getBatch(db: ReviewDb, id: string): Promise<BatchRow | null> {
  return (await db.batches.get(id)) ?? null;
}

/** The files of a batch in its order. */
export async function entriesOf(db: ReviewDb, batchId: string): Promise<BatchEntryRow[]> {
  const rows = await db.batchEntries.where('batchId').equals(batchId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** A file added to a batch: main's id, its name and content hash. */
export interface EntryInput {
  docId: string;
  name: string;
  sha256: string;
}

/**
 * Adds files at the end of a batch, in the order given; a file already in it keeps its place
 * (an unread one learns its name and hash). Returns the entries written.
 */
export async function addEntries(db: ReviewDb, batchId: string, docs: readonly EntryInput[]): Promise<number> {
  if (docs.length === 0) return 0;
  return db.transaction('rw', db.batches, db.batchEntries, async () => {
    const existing = await db.batchEntries.where('batchId').equals(batchId).toArray();
    const byId = new Map(existing.map((e) => [e.docId, e]));
    let order = existing.reduce((m, e) => Math.max(m, e.order), -1) + 1;
    const at = nowIso();
    const writes: BatchEntryRow[] = [];
    for (const d of docs) {
      const old = byId.get(d.docId);
      if (old) {
        if ((!old.sha256 && d.sha256) || (!old.name && d.name)) writes.push({ ...old, sha256: old.sha256 || d.sha256, name: old.name || d.name });
        continue;
      }
      const row: BatchEntryRow = { batchId, docId: d.docId, order: order++, name: d.name, sha256: d.sha256, addedAt: at };
      byId.set(d.docId, row);
      writes.push(row);
    }
    if (writes.length > 0) {
      await db.batchEntries.bulkPut(writes);
      await db.batches.update(batchId, { updatedAt: at });
    }
    return writes.length;
  });
}

/** Takes files out of a batch (never the files, never their notes). */
export async function removeEntries(db: ReviewDb, batchId: string, docIds: readonly string[]): Promise<void> {
  await db.batchEntries.bulkDelete(docIds.map((d) => [batchId, d] as [string, string]));
}

/** 按新内容审阅: the file's current content becomes the one the entry stands for. */
export async function acceptContent(db: ReviewDb, batchId: string, docId: string, sha256: string, name: string): Promise<void> {
  await db.batchEntries.update([batchId, docId], { sha256, name });
}

/** Saves what the batch's list looks like (sort, filters, open report). */
export async function saveView(db: ReviewDb, batchId: string, view: unknown): Promise<void> {
  await db.batches.update(batchId, { view });
}

/** Names a batch that has no chosen name yet (the folder first opened into it); false if it had one. */
export async function nameIfUnnamed(db: ReviewDb, batchId: string, name: string): Promise<boolean> {
  const clean = cleanName(name);
  if (!clean) return false;
  return db.transaction('rw', db.batches, async () => {
    const row = await db.batches.get(batchId);
    if (!row || row.named) return false;
    await db.batches.update(batchId, { name: clean, named: true, updatedAt: nowIso() });
    return true;
  });
}

/** The batch the app shows, as last chosen (null when none was, or it was deleted). */
export async function currentBatchId(db: ReviewDb): Promise<string | null> {
  const id = await getPref(db, 'current-batch');
  return id && (await db.batches.get(id)) ? id : null;
}

/** Remembers the batch the app shows. */
export async function setCurrentBatch(db: ReviewDb, id: string | null): Promise<void> {
  await setPref(db, 'current-batch', id ?? '');
}
