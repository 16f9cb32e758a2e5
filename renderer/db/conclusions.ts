import type { ReviewConclusion, ReviewVerdict } from '../../shared/model';
import type { ConclusionRow, ReviewDb } from './db';
import { nowIso } from './ids';
import { ensureReview } from './reviews';
import { restoreIfUnchanged } from './staleUndo';
import type { UndoAction } from './undoAction';

/** A change to a report's conclusion: the verdict, the opinion, or both. */
export interface ConclusionChange {
  verdict?: ReviewVerdict | null;
  opinion?: string;
}

/**
 * Sets 审阅结论 and/or 审阅意见 of one report (by content hash, like notes and decisions); a report
 * with neither has no row. The undo restores the previous row, or removes it if there was none.
 */
export async function setConclusion(db: ReviewDb, sha256: string, change: ConclusionChange): Promise<UndoAction> {
  return db.transaction('rw', db.reviews, db.conclusions, async () => {
    const at = nowIso();
    await ensureReview(db, sha256, at);
    const before = await db.conclusions.get(sha256);
    const next: ConclusionRow = {
      sha256,
      verdict: change.verdict !== undefined ? change.verdict : (before?.verdict ?? null),
      opinion: change.opinion !== undefined ? change.opinion : (before?.opinion ?? ''),
      updatedAt: at,
    };
    const written = next.verdict === null && next.opinion.trim() === '' ? undefined : next;
    if (written) await db.conclusions.put(written);
    else await db.conclusions.delete(sha256);
    return {
      label: change.verdict !== undefined ? '设置审阅结论' : '编辑审阅意见',
      undo: () => db.transaction('rw', db.conclusions, () => restoreIfUnchanged(db.conclusions, sha256, written, before, '这份报告的审阅结论')),
    };
  });
}

/** The conclusion of one report, or null. */
export async function conclusionOf(db: ReviewDb, sha256: string): Promise<ReviewConclusion | null> {
  const row = await db.conclusions.get(sha256);
  return row ? { verdict: row.verdict, opinion: row.opinion, updatedAt: row.updatedAt } : null;
}

/** The conclusions of many reports at once (the batch list), by content hash. */
export async function conclusionsOf(db: ReviewDb, sha256s: readonly string[]): Promise<Map<string, ConclusionRow>> {
  const rows = await db.conclusions.bulkGet([...sha256s]);
  return new Map(rows.flatMap((r) => (r ? [[r.sha256, r] as const] : [])));
}
