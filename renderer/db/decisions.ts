import type { FindingStatus } from '../../shared/model';
import type { DecisionRow, ReviewDb } from './db';
import { nowIso } from './ids';
import { ensureReview } from './reviews';
import { restoreIfUnchanged } from './staleUndo';
import type { UndoAction } from './undoAction';

/** A change to a finding's decision: a new status, a new note, or both. */
export interface DecisionChange {
  status?: FindingStatus;
  /** The optional note of the decision; '' removes it. */
  note?: string;
}

/**
 * Sets the status (and optional note) of one finding; a finding with no row is 待核实.
 * The undo restores the previous row, or removes it if there was none.
 */
export async function setDecision(db: ReviewDb, sha256: string, findingKey: string, change: DecisionChange): Promise<UndoAction> {
  return db.transaction('rw', db.reviews, db.decisions, async () => {
    const at = nowIso();
    await ensureReview(db, sha256, at);
    const before = await db.decisions.get([sha256, findingKey]);
    const next: DecisionRow = {
      sha256,
      findingKey,
      status: change.status ?? before?.status ?? 'pending',
      updatedAt: at,
    };
    const note = change.note !== undefined ? change.note : before?.note;
    if (note) next.note = note;
    await db.decisions.put(next);
    return {
      label: change.status !== undefined ? '设置核查状态' : '编辑状态备注',
      undo: () => db.transaction('rw', db.decisions, () => restoreIfUnchanged(db.decisions, [sha256, findingKey], next, before, '这条问题的核查状态')),
    };
  });
}

/** The decisions of a review. */
export function decisionsOf(db: ReviewDb, sha256: string): Promise<DecisionRow[]> {
  return db.decisions.where('sha256').equals(sha256).toArray();
}
