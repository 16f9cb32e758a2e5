import { normalizeLabel } from '../lib/text';
import { parseValue } from '../lib/values';
import type { TemplateRow } from '../template';
import type { Piece, StreamRow } from './stream';

/** A data row of a table region assigned to a template row. */
export interface MatchedRow {
  key: string;
  /** The row's own label pieces (empty when the label was lost and the row found by position). */
  labels: Piece[];
  slots: Piece[];
}

/** Group labels of table 3, whose first sub-row a bare group label stands for. */
const GROUP_KEYWORDS: Record<string, string[]> = {
  '（三）不予公开': ['不予公开'],
  '（四）无法提供': ['无法提供'],
  '（五）不予处理': ['不予处理'],
  '（六）其他处理': ['其他处理'],
};

/** Each template row's keywords, normalized once rather than for every row of every report. */
const normalizedKeywords = new WeakMap<TemplateRow, string[]>();

/** The longest keyword of `row` found in `text`, or 0. */
function rowScore(row: TemplateRow, text: string): number {
  let keywords = normalizedKeywords.get(row);
  if (!keywords) {
    keywords = row.keywords.map(normalizeLabel);
    normalizedKeywords.set(row, keywords);
  }
  let best = 0;
  keywords.forEach((k, i) => {
    if (text.includes(k)) best = Math.max(best, row.keywords[i].length);
  });
  return best;
}

/** Picks the forward candidate that `text` names best: by its own words, else by its group's. */
function bestCandidate(candidates: TemplateRow[], text: string): TemplateRow | null {
  if (text === '') return null;
  let best: TemplateRow | null = null;
  let bestScore = 0;
  for (const row of candidates) {
    const score = rowScore(row, text);
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  if (best) return best;
  for (const row of candidates) {
    const group = row.group ? GROUP_KEYWORDS[row.group] : undefined;
    if (group?.some((k) => text.includes(k))) return row;
  }
  return null;
}

/** True when some slot of the row holds a number. */
function hasValue(row: StreamRow): boolean {
  return row.slots.some((slot) => parseValue(slot.text).numeric);
}

/** True for a row that carries values (or blanks where values belong). */
function isDataRow(row: StreamRow): boolean {
  if (row.slots.length === 0) return false;
  // A lone number on a line of flattened text is a page number, not a table row, unless it is a
  // run of digits long enough to be a row's cells written together (`0000000`).
  if (!row.fromTable && row.labels.length === 0 && row.slots.length < 2 && !/^\d{5,}$/u.test(row.slots[0].text.trim())) return false;
  // A table row that is one empty cell is the foot of a merged cell that a page break cut off
  // (a web page printed to PDF), not a row whose label and cells were all lost.
  if (row.fromTable && row.labels.length === 0 && row.slots.length < 2 && !hasValue(row)) return false;
  return true;
}

/**
 * Assigns the data rows of a region to template rows. Rows appear in template order, so each
 * row is matched only against the rows after the last one matched: first by its own label,
 * then by text carried over from label-only lines above it (a label wrapped over lines of
 * flattened text), then by the merged group label; a row whose label was lost takes the next
 * template row by position.
 */
export function matchRows(region: StreamRow[], template: TemplateRow[]): MatchedRow[] {
  const matched: MatchedRow[] = [];
  let next = 0;
  let pending = '';
  for (const row of region) {
    const own = normalizeLabel(row.labels.map((p) => p.text).join(''));
    if (!isDataRow(row)) {
      if (!row.fromTable) pending += own;
      continue;
    }
    if (next >= template.length) break;
    const candidates = template.slice(next);
    const choice =
      bestCandidate(candidates, own) ??
      bestCandidate(candidates, pending + own) ??
      // A merged label speaks for a row only when the row has no label of its own.
      (own === '' ? bestCandidate(candidates, row.context) : null) ??
      // Otherwise the row is the next one by position, unless it is a table row whose words
      // name nothing and whose cells are blank: the tail of a label cut by a page break.
      (own === '' || !row.fromTable || hasValue(row) ? candidates[0] : null);
    pending = '';
    if (!choice) continue;
    matched.push({ key: choice.key, labels: row.labels, slots: row.slots });
    next = template.indexOf(choice) + 1;
  }
  return matched;
}
