import { Dexie, type EntityTable, type Table } from 'dexie';
import type { FindingStatus, NoteTarget, ReviewVerdict } from '../../shared/model';
import { setStorageProblem } from './storageErrors';
import { targetKey } from './targetKey';

/**
 * The review-notes database (after the Dexie samples): one Dexie, typed tables, numbered schema
 * versions. Never edit a published version: add the next one with its `upgrade`.
 *
 * - v1: reviews by sha256, notes by id and sha256, decisions by [sha256+findingKey], prefs.
 * - v2: a note knows the key of what it is attached to (`targetKey`, indexed with the review) so
 *   that markers on cells and passages are one indexed query; a review remembers every file name
 *   it was opened under (`names`), since the content hash, not the name, is its identity.
 * - v3: corrections (更正识别值) by [sha256+cell]; a review records the 空白按 0 计 decision
 *   (`blankAsZero`, false for every review written before).
 * - v4: a report's conclusion (审阅结论 + 审阅意见) by sha256 (`conclusions`), and the batches the
 *   auditor keeps (`batches`: the open report; the paths stay in main).
 * - v5: the files of each kept batch (`batchEntries` by [batchId+docId], in the list's order), and a
 *   batch knows whether its name was chosen (`named`) and what its list looked like (`view`). The
 *   paths stay in main: an entry holds main's document id, the name and the content hash it had.
 */

/** One reviewed report, identified by the SHA-256 of the file's content. */
export interface ReviewRow {
  sha256: string;
  /** The name the file had when last opened. */
  name: string;
  /** Every name the file has been opened under (v2). */
  names: string[];
  createdAt: string;
  lastOpenedAt: string;
  /** 空白按 0 计 decided for this report (v3). */
  blankAsZero?: boolean;
}

/** A correction as stored: the auditor's value of one cell of one review (v3). */
export interface CorrectionRow {
  sha256: string;
  cell: string;
  value: number;
  reason: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** A note as stored: the exported ReviewNote plus its id, review and target key. */
export interface NoteRow {
  /** A random id, stable across export and import (the merge key). */
  id: string;
  sha256: string;
  target: NoteTarget;
  /** `finding:<key>`, `cell:<ref>` or `passage:<anchor>` (v2, derived from target). */
  targetKey: string;
  text: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** The auditor's status of one finding of one review. */
export interface DecisionRow {
  sha256: string;
  findingKey: string;
  status: FindingStatus;
  note?: string;
  updatedAt: string;
}

/** The conclusion of one report (v3), keyed like everything else by the content hash. */
export interface ConclusionRow {
  sha256: string;
  verdict: ReviewVerdict | null;
  opinion: string;
  updatedAt: string;
}

/** A kept batch (v4, v5): its name and what its list looked like; its files are `batchEntries`. */
export interface BatchRow {
  id: string;
  name: string;
  /** True once the auditor (or the first folder opened into it) gave the name (v5). */
  named: boolean;
  createdAt: string;
  updatedAt: string;
  /** The list's view (sort, filters, open report), as the batch feature writes it; checked on read (v5). */
  view: unknown;
}

/** One file of a kept batch (v5): main's document id, never a path. */
export interface BatchEntryRow {
  batchId: string;
  docId: string;
  /** Position in the batch (the order files were added). */
  order: number;
  /** The file name when added (shown while main has no record of it). */
  name: string;
  /** The content hash the file had when added ('' if unread): a different one now means 文件已更改. */
  sha256: string;
  addedAt: string;
}

/** A preference (the author's name…). */
export interface PrefRow {
  key: string;
  value: string;
}

/** The stores of version 1, exported so that migration tests can build a version-1 database. */
export const SCHEMA_V1 = {
  reviews: '&sha256, lastOpenedAt',
  notes: '&id, sha256, updatedAt',
  decisions: '&[sha256+findingKey], sha256',
  prefs: '&key',
} as const;

/** The stores of version 2 (only what changed). */
export const SCHEMA_V2 = {
  notes: '&id, sha256, updatedAt, [sha256+targetKey]',
} as const;

/** The stores of version 3 (only what changed). */
export const SCHEMA_V3 = {
  corrections: '&[sha256+cell], sha256',
} as const;

/** The stores of version 4 (only what changed). */
export const SCHEMA_V4 = {
  conclusions: '&sha256, verdict, updatedAt',
  batches: '&id, updatedAt',
} as const;

/** The stores of version 5 (only what changed). */
export const SCHEMA_V5 = {
  batchEntries: '&[batchId+docId], batchId',
} as const;

/** The current schema version. */
export const DB_VERSION = 5;

/** The default database name. */
export const DB_NAME = 'report-review-notes';

/** The typed database. */
export class ReviewDb extends Dexie {
  reviews!: EntityTable<ReviewRow, 'sha256'>;
  notes!: EntityTable<NoteRow, 'id'>;
  decisions!: Table<DecisionRow, [string, string]>;
  prefs!: EntityTable<PrefRow, 'key'>;
  corrections!: Table<CorrectionRow, [string, string]>;
  conclusions!: EntityTable<ConclusionRow, 'sha256'>;
  batches!: EntityTable<BatchRow, 'id'>;
  batchEntries!: Table<BatchEntryRow, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('notes')
          .toCollection()
          .modify((note: NoteRow) => {
            // A malformed row written by some old build must not fail the upgrade (that made
            // every note unreadable): it keeps a key no target has, and the rest upgrade.
            try {
              note.targetKey = targetKey(note.target);
            } catch {
              note.targetKey = `invalid:${String(note.id)}`;
            }
          });
        await tx
          .table('reviews')
          .toCollection()
          .modify((review: ReviewRow) => {
            if (!Array.isArray(review.names)) review.names = typeof review.name === 'string' && review.name ? [review.name] : [];
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx
          .table('reviews')
          .toCollection()
          .modify((review: ReviewRow) => {
            // Only rows that are records; a malformed one is left as it is rather than fail the upgrade.
            if (review && typeof review === 'object' && typeof review.blankAsZero !== 'boolean') review.blankAsZero = false;
          });
      });
    // v4 only adds tables: every v3 row is kept as it is (see the migration test).
    this.version(4).stores(SCHEMA_V4);
    // v5 adds batchEntries; a v4 batch row (v4 wrote none, but a malformed one must not fail the
    // upgrade) gets `named` and `view` from its old `state`; every other table is left as it is.
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        await tx
          .table('batches')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (!row || typeof row !== 'object') return;
            if (typeof row.name !== 'string' || !row.name.trim()) row.name = '未命名批次';
            if (typeof row.named !== 'boolean') row.named = true;
            if (!('view' in row)) row.view = row.state ?? null;
            delete row.state;
          });
      });
  }
}

let current: ReviewDb | null = null;

/**
 * Makes the upgrade events visible: an upgrade blocked by another window still holding the old
 * version, or another window upgrading under this one, would otherwise fail silently.
 */
export function watchDb(db: ReviewDb): ReviewDb {
  // Dexie 4 opens a database that a newer app upgraded past our version instead of failing
  // with VersionError; warn, since tables or fields this version relies on may have changed.
  // (Dexie keeps verno at our declared version; the native version, ×10, tells the truth.)
  db.on('ready', () => {
    const installed = Math.floor(db.backendDB().version / 10);
    if (installed > DB_VERSION) {
      setStorageProblem({
        kind: 'version',
        message: `批注数据库由更新版本的年报审阅创建（版本 ${installed}），本版本可能无法正确读写。请升级程序；请勿删除数据。`,
        detail: `VersionError: installed ${installed} > ${DB_VERSION}`,
      });
    }
  });
  db.on('blocked', () => {
    setStorageProblem({
      kind: 'blocked',
      message: '批注数据库升级被另一个窗口阻止。请关闭其他年报审阅窗口，升级会自动继续。',
      detail: 'blocked',
    });
  });
  db.on('versionchange', () => {
    setStorageProblem({
      kind: 'versionchange',
      message: '另一个窗口升级了批注数据库，本窗口已断开。请重新加载本窗口以继续保存批注。',
      detail: 'versionchange',
    });
    // Dexie's default: close, so that the other window's upgrade is not blocked by us.
  });
  return db;
}

/** The app's database, created on first use. */
export function getDb(): ReviewDb {
  current ??= watchDb(new ReviewDb());
  return current;
}

/** Replaces the app's database (tests use a fresh name each; pass null to forget it). */
export function setDb(db: ReviewDb | null): void {
  current = db;
}
