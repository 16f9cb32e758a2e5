import { asciiDigits } from './text';

/** A cell's text read as a value. */
export interface ParsedValue {
  /** The number, or null for a blank, a dash or text. */
  value: number | null;
  /** The unit written in the cell, if any. */
  unit: '万元' | '元' | null;
  /** True when the text is a number (with optional sign and unit), false for dashes and words. */
  numeric: boolean;
  /** True when the cell is blank or only white space. */
  blank: boolean;
}

const NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|万|件|条|个|项)?$/;
const DASH = /^[—–\-－/／﹣―无空]+$/;

/**
 * True for a number written with a leading zero (`01`, `0000000`, `-07`): a count never is, so
 * such text is the digits of two or more cells run together. `0`, `0.5` and `0万元` are not.
 */
export function hasLeadingZero(text: string): boolean {
  return /^[+\-−＋]?[0０][0-9０-９]/u.test(text.trim());
}

/** Reads a table cell: `0`, ` 0`, `+113`, `-7`, `11522.96万元`, `—`, `/` or ``. */
export function parseValue(text: string): ParsedValue {
  const trimmed = asciiDigits(text).replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, '');
  if (trimmed === '') return { value: null, unit: null, numeric: false, blank: true };
  const match = NUMBER.exec(trimmed);
  if (!match) return { value: null, unit: null, numeric: false, blank: false };
  const sign = match[1] === '-' || match[1] === '−' ? -1 : 1;
  const digits = match[2].replace(/,/g, '') + (match[3] ? `.${match[3]}` : '');
  const suffix = match[4];
  const unit = suffix === '万元' || suffix === '万' ? '万元' : suffix === '元' ? '元' : null;
  return { value: sign * Number(digits), unit, numeric: true, blank: false };
}

/** True for text that stands for "no value": a dash, a slash, 无. */
export function isDash(text: string): boolean {
  return DASH.test(text.replace(/[\s\u00a0\u3000]+/gu, ''));
}
