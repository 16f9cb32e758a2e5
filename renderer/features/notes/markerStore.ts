import { liveQuery, type Subscription } from 'dexie';
import type { Anchor } from '../../../shared/model';
import { getDb } from '../../db/db';
import { notesOf } from '../../db/notes';
import { reportStorageError } from '../../db/storageErrors';

/**
 * One live query per open report feeds every marker (hundreds of table cells), instead of one
 * query per cell: the markers subscribe here by the report's sha256.
 */

/** What is annotated in a report. */
export interface MarkerSnapshot {
  /** Notes per target key (`cell:t3.new.total`, `finding:…`, `passage:…`). */
  counts: ReadonlyMap<string, number>;
  /** Annotated passages, to mark in the document. */
  passages: ReadonlyArray<{ key: string; anchor: Anchor; count: number }>;
}

const EMPTY: MarkerSnapshot = { counts: new Map(), passages: [] };

interface Entry {
  snapshot: MarkerSnapshot;
  listeners: Set<() => void>;
  subscription: Subscription;
}

const entries = new Map<string, Entry>();

function build(notes: Awaited<ReturnType<typeof notesOf>>): MarkerSnapshot {
  const counts = new Map<string, number>();
  const passages = new Map<string, { key: string; anchor: Anchor; count: number }>();
  for (const n of notes) {
    counts.set(n.targetKey, (counts.get(n.targetKey) ?? 0) + 1);
    if (n.target.kind === 'passage') {
      const p = passages.get(n.targetKey);
      if (p) p.count++;
      else passages.set(n.targetKey, { key: n.targetKey, anchor: n.target.anchor, count: 1 });
    }
  }
  return { counts, passages: [...passages.values()] };
}

/** Subscribes to the markers of a report; the live query stops with the last subscriber. */
export function subscribeMarkers(sha256: string, listener: () => void): () => void {
  let entry = entries.get(sha256);
  if (!entry) {
    const created: Entry = { snapshot: EMPTY, listeners: new Set(), subscription: undefined as unknown as Subscription };
    created.subscription = liveQuery(() => notesOf(getDb(), sha256)).subscribe({
      next: (notes) => {
        created.snapshot = build(notes);
        for (const l of created.listeners) l();
      },
      error: (err: unknown) => reportStorageError(err),
    });
    entries.set(sha256, created);
    entry = created;
  }
  entry.listeners.add(listener);
  const current = entry;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.subscription.unsubscribe();
      entries.delete(sha256);
    }
  };
}

/** The latest markers of a report (empty until the first read). */
export function getMarkers(sha256: string): MarkerSnapshot {
  return entries.get(sha256)?.snapshot ?? EMPTY;
}
