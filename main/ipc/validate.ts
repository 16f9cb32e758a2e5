import { NOTE_LIMITS } from '../../shared/model/noteLimits';
import { REVIEW_COVER_MAX, type DataExportFormat, type ReviewCover } from '../../shared/ipc/contract';
import { FINDING_STATUS_LABELS, REVIEW_VERDICT_LABELS, type ReviewAnnotations } from '../../shared/model';
import { isDataExportFormat } from '../export/handlers';

/**
 * Runtime checks of what crosses IPC (Signal-Desktop): the renderer is untrusted, so every
 * argument is checked for type and size before a handler sees it.
 */

/** A validator returns the typed value, or undefined when the argument is not acceptable. */
export type Validator<T> = (value: unknown) => T | undefined;

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** A document id or token: a short opaque string (UUIDs in practice). */
export const isOpaqueId: Validator<string> = (value) => (typeof value === 'string' && ID.test(value) ? value : undefined);

/** Most documents one call may name: a batch (issue 10 plans for 500 reports). */
export const MAX_BATCH = 1000;

/** A non-empty list of at most MAX_BATCH opaque ids. */
export const isIdList: Validator<string[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BATCH) return undefined;
  return value.every((v) => isOpaqueId(v) !== undefined) ? (value as string[]) : undefined;
};

/** A list of at most MAX_BATCH opaque ids, possibly empty (reopening an empty batch closes all). */
export const isIdListOrEmpty: Validator<string[]> = (value) => (Array.isArray(value) && value.length === 0 ? [] : isIdList(value));

/** An absolute file path of reasonable length (from the preload's drop handling only). */
export const isAbsolutePath: Validator<string> = (value) => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096 || value.includes('\0')) return undefined;
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\') ? value : undefined;
};

/** 审阅单位 and 审阅人 for the summary's cover: two short single-line strings. */
export const isReviewCover: Validator<ReviewCover> = (value) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { unit, reviewer } = value as Record<string, unknown>;
  // eslint-disable-next-line no-control-regex -- a cover line is one line of printable text
  const line = (s: unknown): s is string => typeof s === 'string' && s.length <= REVIEW_COVER_MAX && !/[\u0000-\u001f\u007f]/.test(s);
  return line(unit) && line(reviewer) ? { unit, reviewer } : undefined;
};

/** Checks a whole argument list against validators (exact length); undefined when any fails. */
export function validateArgs(args: unknown[], validators: Validator<unknown>[]): unknown[] | undefined {
  if (args.length !== validators.length) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < validators.length; i++) {
    const v = validators[i](args[i]);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * True when a frame URL is our own renderer: the app:// bundle, or the dev server in development.
 * Anything else (a navigated-away frame, an iframe, a remote page) is refused.
 */
export function isTrustedUrl(url: string | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'bundle') return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** A data export format of `review:exportData` (csv, xlsx, json). */
export const isExportFormat: Validator<DataExportFormat> = (value) => (isDataExportFormat(value) ? value : undefined);

const SHA256 = /^[0-9a-f]{64}$/;
const STATUSES = new Set(Object.keys(FINDING_STATUS_LABELS));
const MAX_TEXT: number = NOTE_LIMITS.text;
const MAX_ENTRIES: number = NOTE_LIMITS.perReport;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isList = (v: unknown): v is unknown[] => Array.isArray(v) && v.length <= MAX_ENTRIES;

function isNoteTarget(v: unknown): boolean {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'finding':
      return isText(v.findingKey, 1000);
    case 'cell':
      return isText(v.cell, 200);
    case 'passage':
      return isText(v.quote) && isRecord(v.anchor) && typeof v.anchor.kind === 'string';
    default:
      return false;
  }
}

function isNote(v: unknown): boolean {
  return isRecord(v) && isNoteTarget(v.target) && isText(v.text) && isText(v.author, NOTE_LIMITS.author) && isText(v.createdAt, 64) && isText(v.updatedAt, 64);
}

function isDecision(v: unknown): boolean {
  return (
    isRecord(v) &&
    isText(v.findingKey, 1000) &&
    typeof v.status === 'string' &&
    STATUSES.has(v.status) &&
    (v.note === undefined || isText(v.note)) &&
    isText(v.updatedAt, 64)
  );
}

function isConclusion(v: unknown): boolean {
  if (v === undefined) return true;
  return isRecord(v) && (v.verdict === null || (typeof v.verdict === 'string' && v.verdict in REVIEW_VERDICT_LABELS)) && isText(v.opinion) && isText(v.updatedAt, 64);
}

function isCorrection(v: unknown): boolean {
  return isRecord(v) && isText(v.cell, 200) && typeof v.value === 'number' && Number.isFinite(v.value) && isText(v.reason) && isText(v.author, 200) && isText(v.at, 64);
}

/**
 * The auditor's notes and statuses that the renderer sends with an export (one entry per report,
 * keyed by SHA-256): at most 200 entries, each shaped as ReviewAnnotations, every text bounded.
 * A malformed list is refused whole rather than half printed.
 */
export const isAnnotationList: Validator<ReviewAnnotations[]> = (value) => {
  if (!Array.isArray(value) || value.length > MAX_BATCH) return undefined;
  const ok = value.every(
    (a) =>
      isRecord(a) &&
      typeof a.sha256 === 'string' &&
      SHA256.test(a.sha256) &&
      isText(a.reviewer, NOTE_LIMITS.author) &&
      isList(a.notes) &&
      a.notes.every(isNote) &&
      isList(a.decisions) &&
      a.decisions.every(isDecision) &&
      isConclusion(a.conclusion) &&
      (a.corrections === undefined || (isList(a.corrections) && a.corrections.every(isCorrection))) &&
      (a.blankAsZero === undefined || typeof a.blankAsZero === 'boolean'),
  );
  return ok ? (value as ReviewAnnotations[]) : undefined;
};
