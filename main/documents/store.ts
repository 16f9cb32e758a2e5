import { randomUUID } from 'node:crypto';
import type { DocumentSummary } from '../../shared/ipc/contract';
import { checkBatch, type ReadOutcome } from './review';
import type { ReviewOutcome } from './reviewFile';

/** An opened document: the id the renderer holds, and what main knows (the path stays here). */
export interface StoredDocument {
  id: string;
  outcome: ReviewOutcome;
  /** The name (not the path) of the folder it was opened with through 打开文件夹, if so. */
  folder?: string;
  /** Changes whenever the outcome does (read again, or rechecked with other findings): see DocumentSummary.revision. */
  revision: number;
}

/** The path an outcome was read from, whether it succeeded or failed. */
export function outcomePath(outcome: ReviewOutcome): string {
  return outcome.ok ? outcome.doc.path : outcome.failed.path;
}

/** Whether two outcomes are one reading (not read again) with equal findings. */
function sameReview(a: ReviewOutcome, b: ReviewOutcome): boolean {
  if (!a.ok || !b.ok) return !a.ok && !b.ok && a.failed === b.failed;
  return a.doc.data === b.doc.data && JSON.stringify(a.doc.findings) === JSON.stringify(b.doc.findings);
}

/**
 * Maps opaque document ids to reviewed files. Opening the same path again keeps its id, so the
 * renderer's tab and selection survive a reload of the file.
 */
export class DocumentStore {
  private readonly byId = new Map<string, StoredDocument>();
  private readonly idByPath = new Map<string, string>();
  private revision = 0;

  constructor(private readonly newId: () => string = randomUUID) {}

  /**
   * Stores an outcome and returns it with its id: the id given (a file main knows from before, or
   * one relocated to a new path), else the id its path already has, else a new one.
   */
  add(outcome: ReviewOutcome, id?: string, folder?: string): StoredDocument {
    const path = outcomePath(outcome);
    const key = id ?? this.idByPath.get(path) ?? this.newId();
    const before = this.byId.get(key);
    if (before && outcomePath(before.outcome) !== path && this.idByPath.get(outcomePath(before.outcome)) === key) this.idByPath.delete(outcomePath(before.outcome));
    const kept = folder ?? before?.folder;
    // The same reading with the same findings (an open stores each file as it is read, then all
    // checked across the batch at its end) keeps its revision: a review loaded of it still holds.
    const revision = before && sameReview(before.outcome, outcome) ? before.revision : ++this.revision;
    const stored: StoredDocument = kept === undefined ? { id: key, outcome, revision } : { id: key, outcome, folder: kept, revision };
    this.byId.set(key, stored);
    this.idByPath.set(path, key);
    return stored;
  }

  /** The id of the document open from this path, or null. */
  idOfPath(path: string): string | null {
    return this.idByPath.get(path) ?? null;
  }

  /** The ids of every open document. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The document with this id, or null. */
  get(id: string): StoredDocument | null {
    return this.byId.get(id) ?? null;
  }

  /** Forgets documents (removed from the batch; the files are never touched). */
  remove(ids: string[]): void {
    for (const id of ids) {
      const stored = this.byId.get(id);
      if (!stored) continue;
      this.byId.delete(id);
      if (this.idByPath.get(outcomePath(stored.outcome)) === id) this.idByPath.delete(outcomePath(stored.outcome));
    }
  }

  /** The path of a stored document, for 重试 (main only). */
  pathOf(id: string): string | null {
    const stored = this.byId.get(id);
    return stored ? outcomePath(stored.outcome) : null;
  }

  /**
   * Checks every open document again as one batch, so that a report whose last-year report was
   * opened later (or removed) gets its cross-year findings right; returns the documents whose
   * findings changed. The checks are pure and take milliseconds, so the whole batch is rechecked.
   */
  recheck(): StoredDocument[] {
    const all = [...this.byId.values()];
    const read: ReadOutcome[] = all.map(({ outcome }) => {
      if (!outcome.ok) return outcome;
      const { findings: _findings, ...doc } = outcome.doc;
      return { ok: true, doc };
    });
    const changed: StoredDocument[] = [];
    checkBatch(read).forEach((outcome, i) => {
      const before = all[i].outcome;
      if (!outcome.ok || !before.ok) return;
      if (sameReview(before, outcome)) return;
      const stored: StoredDocument = { ...all[i], outcome, revision: ++this.revision };
      this.byId.set(stored.id, stored);
      changed.push(stored);
    });
    return changed;
  }

  /** Number of open documents. */
  get size(): number {
    return this.byId.size;
  }
}

/** What the renderer may know about a stored document: no path. */
export function toSummary(stored: StoredDocument): DocumentSummary {
  const { id, outcome, revision } = stored;
  const folder = stored.folder !== undefined ? { folder: stored.folder } : {};
  if (!outcome.ok) {
    const f = outcome.failed;
    return {
      id,
      name: f.file,
      format: f.format,
      size: f.size,
      sha256: f.sha256 ?? '',
      status: 'failed',
      organ: null,
      year: null,
      template: null,
      counts: { error: 0, warning: 0, info: 0 },
      error: { code: f.error.code, message: f.error.message },
      revision,
      ...folder,
    };
  }
  const d = outcome.doc;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of d.findings) counts[finding.severity] += 1;
  return {
    id,
    name: d.file,
    format: d.format,
    size: d.size,
    sha256: d.sha256,
    status: 'ready',
    organ: d.data.organ,
    year: d.data.year,
    template: d.data.template,
    counts,
    revision,
    ...folder,
  };
}
