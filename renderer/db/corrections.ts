import type { Correction } from '../../shared/model';
import type { CorrectionRow, ReviewDb } from './db';
import { nowIso } from './ids';
import { ensureReview } from './reviews';
import { restoreIfUnchanged } from './staleUndo';
import type { UndoAction } from './undoAction';

/** The corrections of one review, by cell. */
export async function correctionsOf(db: ReviewDb, sha256: string): Promise<CorrectionRow[]> {
  return (await db.corrections.where('sha256').equals(sha256).toArray()).sort((a, b) => a.cell.localeCompare(b.cell));
}

/** The rows as the checks and exports see them. */
export function toCorrections(rows: CorrectionRow[]): Correction[] {
  return rows.map(({ cell, value, reason, author, updatedAt }) => ({ cell, value, reason, author, at: updatedAt }));
}

/** Puts `old` back (or none), unless the correction has changed since `written` was written. */
function restore(db: ReviewDb, sha256: string, cell: string, written: CorrectionRow | undefined, old: CorrectionRow | undefined): Promise<void> {
  return db.transaction('rw', db.corrections, () => restoreIfUnchanged(db.corrections, [sha256, cell], written, old, `单元格 ${cell} 的更正`));
}

/**
 * Records the auditor's value of a cell (更正识别值), or replaces an earlier one; the extracted
 * value stays as it is. The undo restores the previous correction, or none.
 */
export async function setCorrection(db: ReviewDb, sha256: string, change: { cell: string; value: number; reason: string; author: string }): Promise<UndoAction> {
  if (!Number.isFinite(change.value)) throw new Error('更正值必须是数字');
  return db.transaction('rw', db.reviews, db.corrections, async () => {
    await ensureReview(db, sha256);
    const old = await db.corrections.get([sha256, change.cell]);
    const at = nowIso();
    const written: CorrectionRow = { sha256, ...change, createdAt: old?.createdAt ?? at, updatedAt: at };
    await db.corrections.put(written);
    return { label: '更正识别值', undo: () => restore(db, sha256, change.cell, written, old) };
  });
}

/** Removes a correction: the cell counts with its extracted value again. */
export async function removeCorrection(db: ReviewDb, sha256: string, cell: string): Promise<UndoAction> {
  return db.transaction('rw', db.corrections, async () => {
    const old = await db.corrections.get([sha256, cell]);
    await db.corrections.delete([sha256, cell]);
    return { label: '撤销更正', undo: () => restore(db, sha256, cell, undefined, old) };
  });
}

/** Records the 空白按 0 计 decision of a review. */
export async function setBlankAsZero(db: ReviewDb, sha256: string, on: boolean): Promise<UndoAction> {
  return db.transaction('rw', db.reviews, async () => {
    await ensureReview(db, sha256);
    const old = (await db.reviews.get(sha256))?.blankAsZero === true;
    await db.reviews.update(sha256, { blankAsZero: on });
    return { label: on ? '空白按 0 计' : '取消空白按 0 计', undo: async () => void (await db.reviews.update(sha256, { blankAsZero: old })) };
  });
}
