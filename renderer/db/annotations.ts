import type { FindingDecision, ReviewAnnotations, ReviewNote } from '../../shared/model';
import { getDb, type ReviewDb } from './db';
import { conclusionOf } from './conclusions';
import { correctionsOf, toCorrections } from './corrections';
import { decisionsOf } from './decisions';
import { notesOf } from './notes';
import { getPref } from './prefs';

/**
 * Everything recorded on one report, in the shared shape the summary export prints
 * (notes oldest first, decisions by finding key).
 */
export async function loadAnnotations(sha256: string, db: ReviewDb = getDb()): Promise<ReviewAnnotations> {
  const [rows, decisionRows, reviewer, correctionRows, review, conclusion] = await Promise.all([
    notesOf(db, sha256),
    decisionsOf(db, sha256),
    getPref(db, 'author'),
    correctionsOf(db, sha256),
    db.reviews.get(sha256),
    conclusionOf(db, sha256),
  ]);
  const notes: ReviewNote[] = rows.map(({ target, text, author, createdAt, updatedAt }) => ({
    target,
    text,
    author,
    createdAt,
    updatedAt,
  }));
  const decisions: FindingDecision[] = decisionRows
    .map(({ findingKey, status, note, updatedAt }) => (note ? { findingKey, status, note, updatedAt } : { findingKey, status, updatedAt }))
    .sort((a, b) => a.findingKey.localeCompare(b.findingKey));
  const annotations: ReviewAnnotations = { sha256, reviewer, notes, decisions, corrections: toCorrections(correctionRows), blankAsZero: review?.blankAsZero === true };
  return conclusion ? { ...annotations, conclusion } : annotations;
}
