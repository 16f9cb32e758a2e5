import { useMemo } from 'react';
import type { Anchor } from '../../../shared/model';
import { useNotes } from './useNotes';

/** What is annotated in a report: counts per target key, and the passages for the document. */
export interface AnnotatedTargets {
  /** `cell:t3.new.total` → 2, `finding:<key>` → 1, `passage:…` → 1. */
  counts: ReadonlyMap<string, number>;
  /** Passages that carry notes, to mark in the document pane. */
  passages: Array<{ anchor: Anchor; quote: string; count: number }>;
}

/** The markers to draw on cells, findings and passages. */
export function useAnnotatedTargets(sha256: string | null): AnnotatedTargets {
  const notes = useNotes(sha256);
  return useMemo(() => {
    const counts = new Map<string, number>();
    const passages = new Map<string, { anchor: Anchor; quote: string; count: number }>();
    for (const n of notes ?? []) {
      counts.set(n.targetKey, (counts.get(n.targetKey) ?? 0) + 1);
      if (n.target.kind === 'passage') {
        const p = passages.get(n.targetKey);
        if (p) p.count++;
        else passages.set(n.targetKey, { anchor: n.target.anchor, quote: n.target.quote, count: 1 });
      }
    }
    return { counts, passages: [...passages.values()] };
  }, [notes]);
}
