import type { CellValue } from '../model';
import { parseValue } from '../lib/values';
import type { Piece } from './stream';

/** A cell the table should have but the source did not show. */
export const MISSING: CellValue = { raw: '', value: null };

/** Reads one cell; money columns are kept in 万元, converting a value written in 元. */
export function readCell(piece: Piece, money = false): CellValue {
  const raw = piece.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
  const parsed = parseValue(raw);
  if (money && parsed.unit === '元' && parsed.value !== null) {
    return { raw, value: parsed.value / 10000, anchor: piece.anchor, note: '原文以元为单位，已换算为万元' };
  }
  return { raw, value: parsed.value, anchor: piece.anchor };
}

/**
 * Lines the slots of a row up with `count` template columns: extra slots at the front are
 * label cells that held nothing (a lost sub-label), missing ones are padded at the front.
 */
export function alignSlots(slots: Piece[], count: number): Array<Piece | null> {
  if (slots.length >= count) return slots.slice(slots.length - count);
  return [...Array<null>(count - slots.length).fill(null), ...slots];
}
