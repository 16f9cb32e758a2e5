/**
 * Limits of the auditor's notes, one set for every place a note enters: the note editor, a
 * backup import and the export's IPC validation. A note beyond them is refused where it is
 * written, with a Chinese message, instead of blocking every later export (issue 9).
 */
export const NOTE_LIMITS = {
  /** Characters of a note's or a decision note's text. */
  text: 20_000,
  /** Characters of an author's or reviewer's name. */
  author: 200,
  /** Notes on one report. */
  perReport: 10_000,
} as const;

/** The Chinese message for a note text that is too long, or null when it fits. */
export function noteTextProblem(text: string): string | null {
  return text.length > NOTE_LIMITS.text ? `批注过长：共 ${text.length} 字，超过 ${NOTE_LIMITS.text} 字的上限，未保存。请分成几条批注。` : null;
}

/** The Chinese message for an author name that is too long, or null when it fits. */
export function authorProblem(author: string): string | null {
  return author.length > NOTE_LIMITS.author ? `审阅人姓名过长：共 ${author.length} 字，超过 ${NOTE_LIMITS.author} 字的上限。` : null;
}

/**
 * True for an ISO 8601 date or time (`2026-01-31`, `2026-01-31T08:00:00.000Z`): timestamps are
 * compared as strings on merge, so anything else (`~` sorts after every digit) is refused.
 */
export function isIsoTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && Number.isFinite(Date.parse(value))
  );
}
