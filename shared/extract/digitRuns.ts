import { subAnchor } from '../model';
import { hasLeadingZero, parseValue } from '../lib/values';
import { alignSlots } from './cells';
import type { Piece } from './stream';

/**
 * Digits run together (`350010238` for 35, 0, 0, 1, 0, 2, 38): text copied from a web page or a
 * PDF that lost the cell boundaries. A run is cut into the row's template cell count; no part
 * has a leading zero (a count is written without: `0`, `0.5`, `0万元` are parts, `01` is not), and the
 * caller's relation (the row sum of table 3, the group sums of table 4) keeps only the cuts that
 * agree. The search is bounded: at most MAX_LEAVES complete cuts are tried per row.
 */

/** Complete cuts tried per row before the search gives up (and the row is marked uncertain). */
export const MAX_LEAVES = 20000;
/** Digits per cell beyond which a run is not a row's cells but something else (left unsplit). */
const MAX_DIGITS_PER_CELL = 12;
/** Accepted cuts kept per row; more than one is already ambiguous. */
const MAX_KEPT = 64;

/** One way to read a row's slots: `count` cells, null where a cell is absent (padded at the front). */
export type SlotOption = Array<Piece | null>;

/** The readings of a row: one option when the slots are unambiguous, several when a run is. */
export interface SlotReading {
  options: SlotOption[];
  /** True when the search hit its cap, so `options` may not be every valid cut. */
  capped: boolean;
  /** True when a run of digits was cut. */
  split: boolean;
}

/** A slot that may hold several cells: digits only (a decimal tail and a unit may end it). */
const SPLITTABLE = /^([+\-−]?)(\d{2,})((?:\.\d+)?(?:万元|元)?)$/u;

interface Token {
  piece: Piece;
  /** The trimmed text and where it starts in the piece's text. */
  text: string;
  start: number;
  /** Digits of the integer part that may be cut (0 for a token that is one cell). */
  digits: number;
  /** Length of the sign before the digits (it stays with the first part). */
  sign: number;
}

function tokenOf(piece: Piece): Token {
  const text = piece.text.trim();
  const start = piece.text.indexOf(text);
  const m = SPLITTABLE.exec(text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  return { piece, text, start: Math.max(0, start), digits: m ? m[2].length : 0, sign: m ? m[1].length : 0 };
}

/** The number a piece reads as, or null. */
export function pieceValue(piece: Piece | null): number | null {
  return piece ? parseValue(piece.text).value : null;
}

/** A part of a token as a piece of its own, anchored to its characters. */
function cutPiece(token: Token, from: number, to: number): Piece {
  const text = token.text.slice(from, to);
  const start = token.start + from;
  return { text, anchor: subAnchor(token.piece.anchor, start, start + text.length, token.piece.text.length) };
}

/** One cell of a cut: characters [from, to) of token t. */
interface Cut {
  t: number;
  from: number;
  to: number;
}

/** The number a part of a token reads as (plain digits are the common case, read directly). */
function cutValue(tokens: Token[], c: Cut): number | null {
  const text = tokens[c.t].text.slice(c.from, c.to);
  return /^\d+$/u.test(text) ? Number(text) : parseValue(text).value;
}

/**
 * Every cut of `tokens` into exactly `parts` cells (tokens that cannot be cut stay one cell),
 * calling `visit` with each; stops after MAX_LEAVES complete cuts and returns whether it did.
 * Cuts are positions only: pieces are made for the few cuts kept, not for every one tried.
 */
function enumerateCuts(tokens: Token[], parts: number, visit: (cuts: Cut[]) => void): boolean {
  const maxFrom: number[] = Array(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) maxFrom[i] = maxFrom[i + 1] + Math.max(1, tokens[i].digits);
  const cuts: Cut[] = [];
  let leaves = 0;
  const walk = (t: number, need: number): boolean => {
    if (leaves >= MAX_LEAVES) return false;
    if (t === tokens.length) {
      if (need === 0) {
        leaves++;
        visit(cuts);
      }
      return true;
    }
    const remainingTokens = tokens.length - t;
    if (need < remainingTokens || need > maxFrom[t]) return true;
    const token = tokens[t];
    if (token.digits === 0) {
      cuts.push({ t, from: 0, to: token.text.length });
      const ok = walk(t + 1, need - 1);
      cuts.pop();
      return ok;
    }
    const end = token.text.length;
    const lastDigit = token.sign + token.digits;
    // Cut this token into k parts at every set of positions; k is bounded by what the tokens
    // after it can hold (one part each at least, all their digits at most).
    const cutInto = (from: number, k: number, taken: number): boolean => {
      if (k === 1) {
        if (hasLeadingZero(token.text.slice(from, end))) return true;
        cuts.push({ t, from, to: end });
        const ok = walk(t + 1, need - taken);
        cuts.pop();
        return ok;
      }
      for (let to = Math.max(from, token.sign) + 1; to <= lastDigit - (k - 1); to++) {
        if (hasLeadingZero(token.text.slice(from, to))) break; // every longer part has it too
        cuts.push({ t, from, to });
        const ok = cutInto(to, k - 1, taken);
        cuts.pop();
        if (!ok) return false;
      }
      return true;
    };
    const most = Math.min(token.digits, need - (remainingTokens - 1));
    const least = Math.max(1, need - maxFrom[t + 1]);
    for (let k = least; k <= most; k++) if (!cutInto(0, k, k)) return false;
    return true;
  };
  return walk(0, parts);
}

/**
 * Reads a row's slots into `count` cells. Slots that already fill the row (or hold no run of
 * digits) are read as they stand, extra slots at the front dropped and missing ones padded at
 * the front. Otherwise runs of digits are cut: into `count` cells where possible (keeping the
 * cuts that `accept` passes, or all when none passes, since the report may itself be wrong),
 * else into as many as the digits allow, padded at the front.
 */
export function readSlots(slots: Piece[], count: number, accept?: (values: Array<number | null>) => boolean): SlotReading {
  const tokens = slots.map(tokenOf).filter((t) => t.text !== '' || slots.length >= count);
  const cuttable = tokens.some((t) => t.digits > 0);
  if (slots.length >= count || !cuttable) return { options: [alignSlots(slots, count)], capped: false, split: false };
  const capacity = tokens.reduce((n, t) => n + Math.max(1, t.digits), 0);
  if (capacity > count * MAX_DIGITS_PER_CELL) return { options: [alignSlots(slots, count)], capped: false, split: false };
  for (let parts = Math.min(count, capacity); parts >= tokens.length; parts--) {
    const all: Cut[][] = [];
    const accepted: Cut[][] = [];
    const pad: null[] = Array<null>(count - parts).fill(null);
    const complete = enumerateCuts(tokens, parts, (cuts) => {
      if (all.length < MAX_KEPT) all.push([...cuts]);
      if (accept && accepted.length < MAX_KEPT && accept([...pad, ...cuts.map((c) => cutValue(tokens, c))])) accepted.push([...cuts]);
    });
    if (all.length === 0) continue;
    const kept = accept && accepted.length > 0 ? accepted : all;
    const options = kept.map((cuts) =>
      alignSlots(
        cuts.map((c) => cutPiece(tokens[c.t], c.from, c.to)),
        count,
      ),
    );
    return { options, capped: !complete, split: true };
  }
  return { options: [alignSlots(slots, count)], capped: false, split: false };
}

/** Table 3's row relation: 总计 (the last cell) = the sum of the others; true when not checkable. */
export function rowSumHolds(values: Array<number | null>): boolean {
  if (values.some((v) => v === null)) return true;
  const total = values[values.length - 1] as number;
  const sum = (values.slice(0, -1) as number[]).reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) < 1e-9;
}

/** Table 4's relation: each group of five ends in its 总计 = the sum of the four before it. */
export function groupSumsHold(values: Array<number | null>): boolean {
  for (let g = 0; g + 5 <= values.length; g += 5) if (!rowSumHolds(values.slice(g, g + 5))) return false;
  return true;
}
