import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { ReviewCover } from '../../../shared/ipc/contract';
import { getDb } from '../../db/db';
import { getPref, setPref } from '../../db/prefs';
import { guarded } from '../../db/storageErrors';
import { orShow } from '../notes/liveQuery';

/** What the cover needs of IndexedDB: 审阅单位 (asked once) and 审阅人 (the notes' author). */
interface Stored {
  /** null until the auditor has been asked (a blank answer counts as asked). */
  unit: string | null;
  reviewer: string;
}

async function readStored(): Promise<Stored> {
  const db = getDb();
  const [unitRow, reviewer] = await Promise.all([db.prefs.get('review-unit'), getPref(db, 'author')]);
  return { unit: unitRow ? unitRow.value : null, reviewer };
}

/** The 审阅单位 / 审阅人 of the summary's cover: kept in IndexedDB, asked once before a batch's PDF. */
export interface ReviewCoverState {
  /** The values as stored, for the export to send. */
  current(): ReviewCover;
  /** The dialog is open (for a pending export, or to change the values). */
  editing: boolean;
  /** The dialog was opened by an export, which runs once it is saved. */
  pending: boolean;
  /** Runs `then` at once when the values were asked before, else asks first and runs it after. */
  ensure(then: () => void): void;
  /** Opens the dialog to change the values (overflow menu). */
  edit(): void;
  save(cover: ReviewCover): Promise<void>;
  /** Closes the dialog without exporting. */
  cancel(): void;
  stored: Stored | undefined;
}

/** 审阅单位 / 审阅人 from IndexedDB, the once-only question before a batch's PDF, and the dialog's state. */
export function useReviewCover(): ReviewCoverState {
  const stored = useLiveQuery(() => orShow(readStored(), { unit: null, reviewer: '' }), []);
  const latest = useRef<ReviewCover>({ unit: '', reviewer: '' });
  if (stored) latest.current = { unit: stored.unit ?? '', reviewer: stored.reviewer };
  const [editing, setEditing] = useState(false);
  const [forExport, setForExport] = useState(false);
  const pending = useRef<(() => void) | null>(null);

  const ensure = useCallback(
    (then: () => void) => {
      if (stored && stored.unit !== null) return then();
      pending.current = then;
      setForExport(true);
      setEditing(true);
    },
    [stored],
  );
  const edit = useCallback(() => {
    pending.current = null;
    setForExport(false);
    setEditing(true);
  }, []);
  const cancel = useCallback(() => {
    pending.current = null;
    setEditing(false);
  }, []);
  const save = useCallback(async (cover: ReviewCover) => {
    const next = { unit: cover.unit.trim(), reviewer: cover.reviewer.trim() };
    latest.current = next;
    await guarded(async () => {
      const db = getDb();
      await setPref(db, 'review-unit', next.unit);
      if (next.reviewer) await setPref(db, 'author', next.reviewer);
    });
    setEditing(false);
    const then = pending.current;
    pending.current = null;
    then?.();
  }, []);
  const current = useCallback(() => latest.current, []);
  return { current, editing, pending: forExport, ensure, edit, save, cancel, stored };
}
