import type { ConclusionRow, CorrectionRow, DecisionRow, NoteRow, ReviewDb, ReviewRow } from './db';
import { DB_VERSION } from './db';
import { newId, nowIso } from './ids';
import { targetKey } from './targetKey';
import { parseBackup } from './backupFormat';

/** The backup file: all reviews, notes and decisions, one JSON document. */
export interface Backup {
  format: 'report-review-notes';
  /** Version of this file format (not of the database). */
  version: 1;
  /** The database version that wrote it, for support. */
  schema: number;
  exportedAt: string;
  reviews: ReviewRow[];
  notes: NoteRow[];
  decisions: DecisionRow[];
  /** Reports' conclusions (written since database v4; older backups have none). */
  conclusions: ConclusionRow[];
  /** Corrected values (database v3; absent in older backups). */
  corrections: CorrectionRow[];
}

/** How an import went. */
export interface ImportResult {
  reviews: number;
  notesAdded: number;
  notesUpdated: number;
  notesSkipped: number;
  decisionsAdded: number;
  decisionsUpdated: number;
  decisionsSkipped: number;
  conclusionsAdded: number;
  conclusionsUpdated: number;
  conclusionsSkipped: number;
  correctionsAdded: number;
  correctionsUpdated: number;
}

/** Reads everything into one backup object. */
export async function exportBackup(db: ReviewDb): Promise<Backup> {
  return db.transaction('r', [db.reviews, db.notes, db.decisions, db.corrections, db.conclusions], async () => ({
    format: 'report-review-notes' as const,
    version: 1 as const,
    schema: DB_VERSION,
    exportedAt: nowIso(),
    reviews: await db.reviews.toArray(),
    notes: await db.notes.toArray(),
    decisions: await db.decisions.toArray(),
    conclusions: await db.conclusions.toArray(),
    corrections: await db.corrections.toArray(),
  }));
}

/** The backup as a JSON string (pretty, so that a person can read it). */
export async function exportBackupJson(db: ReviewDb): Promise<string> {
  return JSON.stringify(await exportBackup(db), null, 2);
}

/**
 * Merges a backup into the database without duplicates: notes by their id and decisions by
 * (review, finding), keeping whichever side was updated later; reviews by sha256, uniting the
 * names. Importing the same file twice changes nothing the second time. Throws (in Chinese) on a
 * file that is not a backup, before writing anything.
 */
export async function importBackup(db: ReviewDb, input: string | unknown): Promise<ImportResult> {
  const backup = parseBackup(typeof input === 'string' ? parseJson(input) : input);
  const result: ImportResult = {
    reviews: 0,
    notesAdded: 0,
    notesUpdated: 0,
    notesSkipped: 0,
    decisionsAdded: 0,
    decisionsUpdated: 0,
    decisionsSkipped: 0,
    correctionsAdded: 0,
    correctionsUpdated: 0,
    conclusionsAdded: 0,
    conclusionsUpdated: 0,
    conclusionsSkipped: 0,
  };
  await db.transaction('rw', [db.reviews, db.notes, db.decisions, db.corrections, db.conclusions], async () => {
    for (const r of backup.reviews) {
      const old = await db.reviews.get(r.sha256);
      const merged: ReviewRow = old
        ? {
            ...old,
            name: old.name || r.name,
            names: [...new Set([...old.names, ...r.names])],
            createdAt: old.createdAt < r.createdAt ? old.createdAt : r.createdAt,
            lastOpenedAt: old.lastOpenedAt > r.lastOpenedAt ? old.lastOpenedAt : r.lastOpenedAt,
            blankAsZero: old.blankAsZero === true || r.blankAsZero === true,
          }
        : r;
      await db.reviews.put(merged);
      result.reviews++;
    }
    for (const n of backup.notes) {
      let old = await db.notes.get(n.id);
      let row = { ...n, targetKey: targetKey(n.target) };
      // Ids are matched within one report only: the same id on another report's note is a
      // different note (a hand-edited or hostile backup), added under a fresh id, never merged.
      if (old && old.sha256 !== n.sha256) {
        row = { ...row, id: newId() };
        old = undefined;
      }
      if (!old) {
        await db.notes.add(row);
        result.notesAdded++;
      } else if (n.updatedAt > old.updatedAt) {
        await db.notes.put(row);
        result.notesUpdated++;
      } else result.notesSkipped++;
    }
    for (const d of backup.decisions) {
      const old = await db.decisions.get([d.sha256, d.findingKey]);
      if (!old) {
        await db.decisions.put(d);
        result.decisionsAdded++;
      } else if (d.updatedAt > old.updatedAt) {
        await db.decisions.put(d);
        result.decisionsUpdated++;
      } else result.decisionsSkipped++;
    }
    for (const c of backup.conclusions) {
      const old = await db.conclusions.get(c.sha256);
      if (!old) {
        await db.conclusions.put(c);
        result.conclusionsAdded++;
      } else if (c.updatedAt > old.updatedAt) {
        await db.conclusions.put(c);
        result.conclusionsUpdated++;
      } else result.conclusionsSkipped++;
    }
    for (const c of backup.corrections) {
      const old = await db.corrections.get([c.sha256, c.cell]);
      if (!old) {
        await db.corrections.put(c);
        result.correctionsAdded++;
      } else if (c.updatedAt > old.updatedAt) {
        await db.corrections.put(c);
        result.correctionsUpdated++;
      }
    }
  });
  return result;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('备份文件不是有效的 JSON。');
  }
}
