import { subAnchor } from '../model';
import type { TemplateRow } from '../template';
import type { MatchedRow } from './matchRows';
import type { Piece } from './stream';

/**
 * Rows whose labels were lost and whose cells ran together with a labelled row before them
 * (`（三）不予公开` followed by 56 digits: eight rows of seven; or by 56 values, a line each). A
 * row holding a whole multiple of `count` slots, with as many unmatched template rows after it
 * as the extra rows, deals them out in order, `count` each. When a matched row's slots are one
 * run of digits holding exactly `count` digits for itself and for every unmatched template row
 * after it, each digit is a cell and the run is dealt out to those rows in order. Runs with more
 * digits than that are left to the row (and read as uncertain): the rows' boundaries are unknown.
 */
export function spreadRuns(matched: MatchedRow[], template: TemplateRow[], count: number): MatchedRow[] {
  const byKey = new Map(matched.map((m) => [m.key, m]));
  const out: MatchedRow[] = [];
  for (let i = 0; i < template.length; i++) {
    const hit = byKey.get(template[i].key);
    if (!hit) continue;
    let free = 0;
    while (i + 1 + free < template.length && !byKey.has(template[i + 1 + free].key)) free++;
    // The same rows with their cells kept apart (a line each, in text saved from a document
    // whose sub-labels were lost): `count` slots to a row, as many rows as the slots fill.
    const slotRows = hit.slots.length / count;
    if (hit.slots.length > count && Number.isInteger(slotRows) && slotRows <= free + 1) {
      for (let r = 0; r < slotRows; r++) {
        out.push({ key: template[i + r].key, labels: r === 0 ? hit.labels : [], slots: hit.slots.slice(r * count, (r + 1) * count) });
      }
      i += slotRows - 1;
      continue;
    }
    const run = hit.slots.length === 1 ? hit.slots[0] : null;
    const digits = run ? run.text.trim() : '';
    const rows = digits.length / count;
    if (!run || !/^\d+$/u.test(digits) || rows < 2 || !Number.isInteger(rows) || rows > free + 1) {
      out.push(hit);
      continue;
    }
    const start = run.text.indexOf(digits);
    const cell = (k: number): Piece => ({
      text: digits[k],
      anchor: subAnchor(run.anchor, start + k, start + k + 1, run.text.length),
    });
    for (let r = 0; r < rows; r++) {
      const slots = Array.from({ length: count }, (_, c) => cell(r * count + c));
      out.push({ key: template[i + r].key, labels: r === 0 ? hit.labels : [], slots });
    }
    i += rows - 1;
  }
  return out;
}
