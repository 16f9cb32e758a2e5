import { cellRef } from '../model';
import type { Anchor, CellValue, UncertainReading } from '../model';
import type { TemplateColumn } from '../template';
import { MISSING, readCell } from './cells';
import { pieceValue, type SlotOption, type SlotReading } from './digitRuns';
import type { Piece } from './stream';

/** Combinations of ambiguous rows tried against the table's relations before giving up. */
export const MAX_COMBINATIONS = 4096;
/** Candidates listed in an extract.uncertain finding. */
const LISTED = 5;

/** Reads a row's value in column `col` under a choice of options, or null. */
export type Lookup = (row: string, col: number) => number | null;

/**
 * Narrows the options of rows whose runs of digits split more than one way, using relations
 * between rows (table 3's column sums): every combination of the ambiguous rows' options is
 * scored by how many relations it satisfies, and only the options used by the best-scoring
 * combinations remain. Without ambiguity, or with too many combinations, nothing changes.
 */
export function narrowByRelations(readings: Map<string, SlotReading>, score: (get: Lookup) => number): Map<string, SlotOption[]> {
  const out = new Map<string, SlotOption[]>([...readings].map(([k, r]) => [k, r.options]));
  const ambiguous = [...readings].filter(([, r]) => r.options.length > 1);
  if (ambiguous.length === 0) return out;
  const combinations = ambiguous.reduce((n, [, r]) => n * r.options.length, 1);
  if (combinations > MAX_COMBINATIONS) return out;
  const choice = new Map<string, SlotOption>([...readings].map(([k, r]) => [k, r.options[0]]));
  const get: Lookup = (row, col) => pieceValue(choice.get(row)?.[col] ?? null);
  let best = -1;
  let kept: Array<Map<string, SlotOption>> = [];
  const walk = (i: number): void => {
    if (i === ambiguous.length) {
      const s = score(get);
      if (s > best) {
        best = s;
        kept = [];
      }
      if (s === best) kept.push(new Map(ambiguous.map(([k]) => [k, choice.get(k) as SlotOption])));
      return;
    }
    const [key, reading] = ambiguous[i];
    for (const option of reading.options) {
      choice.set(key, option);
      walk(i + 1);
    }
  };
  walk(0);
  for (const [key] of ambiguous) out.set(key, [...new Set(kept.map((m) => m.get(key) as SlotOption))]);
  return out;
}

/** What a row's surviving options say: its cells, and the reading to report when they disagree. */
export interface RowCells {
  cells: Record<string, CellValue>;
  uncertain: UncertainReading | null;
}

/**
 * Builds a row's cells from its options: a cell all options agree on is read as written; a cell
 * they disagree on (or every cell of a row whose search was capped) is null and marked uncertain,
 * and the row's candidates are listed.
 */
export function rowCells(
  table: 't2' | 't3' | 't4',
  row: string,
  columns: TemplateColumn[],
  options: SlotOption[],
  reading: SlotReading | undefined,
  slots: Piece[],
  money: (col: string) => boolean = () => false,
): RowCells {
  const cells: Record<string, CellValue> = {};
  const differing: string[] = [];
  const anchor: Anchor | undefined = slots.find((s) => s.text.trim() !== '')?.anchor;
  const capped = reading?.capped === true && reading.split;
  columns.forEach((col, i) => {
    const pieces = options.map((o) => o[i]);
    const values = [...new Set(pieces.map(pieceValue))];
    if (!capped && pieces.every((p) => (p?.text ?? null) === (pieces[0]?.text ?? null))) {
      const piece = pieces[0];
      cells[col.key] = piece ? readCell(piece, money(col.key)) : MISSING;
      return;
    }
    differing.push(cellRef(table, row, col.key));
    const candidates = values.filter((v): v is number => v !== null);
    cells[col.key] = { raw: '', value: null, uncertain: candidates, ...(anchor ? { anchor } : {}) };
  });
  if (differing.length === 0) return { cells, uncertain: null };
  return {
    cells,
    uncertain: {
      cells: differing,
      raw: slots
        .map((s) => s.text.trim())
        .filter((t) => t !== '')
        .join(' '),
      candidates: options.slice(0, LISTED).map((o) => o.map(pieceValue)),
      more: options.length > LISTED || capped,
      ...(anchor ? { anchor } : {}),
    },
  };
}
