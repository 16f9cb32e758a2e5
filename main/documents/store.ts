import { randomUUID } from 'node:crypto';
import type { DocumentSummary } from '../../shared/ipc/contract';
import type { ReviewOutcome } from './reviewFile';

/** An opened document: the id the renderer holds, and what main knows (the path stays here). */
export interface StoredDocument {
  id: string;
  outcome: ReviewOutcome;
}

/** The path an outcome was read from, whether it succeeded or failed. */
export function outcomePath(outcome: ReviewOutcome): string {
  return outcome.ok ? outcome.doc.path : outcome.failed.path;
}

/**
 * Maps opaque document ids to reviewed files. Opening the same path again keeps its id, so the
 * renderer's tab and selection survive a reload of the file.
 */
export class DocumentStore {
  private readonly byId = new Map<string, StoredDocument>();
  private readonly idByPath = new Map<string, string>();

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Stores an outcome and returns it with its id. */
  add(outcome: ReviewOutcome): StoredDocument {
    const path = outcomePath(outcome);
    const id = this.idByPath.get(path) ?? this.newId();
    const stored = { id, outcome };
    this.byId.set(id, stored);
    this.idByPath.set(path, id);
    return stored;
  }

  /** The document with this id, or null. */
  get(id: string): StoredDocument | null {
    return this.byId.get(id) ?? null;
  }

  /** Number of open documents. */
  get size(): number {
    return this.byId.size;
  }
}

/** What the renderer may know about a stored document: no path. */
export function toSummary(stored: StoredDocument): DocumentSummary {
  const { id, outcome } = stored;
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
  };
}
