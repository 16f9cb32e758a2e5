/**
 * Finding a phrase in a document's text as the auditor sees it, not as the file stores it.
 *
 * The text comes in pieces (pdf.js text items, DOM text nodes, a text file's lines) with
 * whitespace anywhere: a Chinese PDF often draws 本 机 关 不 掌 握 as separate items with spaces
 * or line breaks between the characters. So whitespace never counts, on either side: the query
 * 本机关 不掌握 and the text 本 机\n关不掌握 meet. Latin letters match regardless of case, and
 * full-width forms as their plain ones (ＡＢＣ１２ as abc12, （ as (). A piece marked `breakBefore`
 * starts a new place (another table cell, a value in another column): no match runs into it, so
 * searching 10 never finds the 1 and the 0 of two neighbouring cells.
 */

import { unifyIdeographs } from '../../../shared/lib/ideographs';

/** A run of text, in order; `breakBefore`: no match may join it to the piece before. */
export interface TextPiece {
  text: string;
  breakBefore?: boolean;
}

/** Characters [start, end) of one piece that belong to a match. */
export interface PieceSpan {
  piece: number;
  start: number;
  end: number;
}

/** One match: its spans, in order, one per piece it touches. */
export type TextMatch = PieceSpan[];

/** Stands for a break in the folded text: no query contains it (the query's own are dropped). */
const BREAK = String.fromCharCode(0);

/** More than anybody steps through: the search stops counting here. */
export const MAX_MATCHES = 5000;

// Whitespace, and the invisible characters that stand between letters (zero-width space, joiners, BOM).
const SPACE = /^(?:\s|\u00a0|\u3000|\u200b|\u200c|\u200d|\u2060|\ufeff)$/u;

/**
 * One character folded for comparison: full-width as plain (NFKC), a radical a PDF font put for
 * an ideograph as the ideograph (⺠ as 民, shared/lib/ideographs.ts), lower case; '' for whitespace.
 */
function fold(ch: string): string {
  if (SPACE.test(ch)) return '';
  const n = unifyIdeographs(ch).normalize('NFKC').toLowerCase();
  return SPACE.test(n) ? '' : n;
}

/** The query as it is compared: folded, without whitespace. */
export function normaliseQuery(query: string): string {
  let out = '';
  for (const ch of query) out += fold(ch);
  return out.split(BREAK).join('');
}

/**
 * Every non-overlapping occurrence of `query` in the pieces, in order, at most MAX_MATCHES.
 * `hardSpaces`: a run of whitespace inside a piece that holds a tab or two spaces and no line
 * break separates places too (the columns of a plain-text table), while a line break or one space
 * does not.
 */
export function findMatches(pieces: readonly TextPiece[], query: string, options: { hardSpaces?: boolean } = {}): TextMatch[] {
  const needle = normaliseQuery(query);
  if (!needle) return [];
  // The folded text, and for each of its code units where it came from (piece, index, length);
  // a break is a NUL that no query can contain.
  let hay = '';
  const from: Array<{ piece: number; index: number; length: number } | null> = [];
  const pushBreak = () => {
    if (hay.length > 0 && hay[hay.length - 1] !== BREAK) {
      hay += BREAK;
      from.push(null);
    }
  };
  pieces.forEach((piece, p) => {
    if (piece.breakBefore) pushBreak();
    const text = piece.text;
    let i = 0;
    while (i < text.length) {
      const code = text.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(code);
      if (options.hardSpaces && SPACE.test(ch)) {
        let j = i;
        while (j < text.length && SPACE.test(text[j])) j++;
        const run = text.slice(i, j);
        if (!/[\n\r]/.test(run) && (run.includes('\t') || run.length >= 2)) pushBreak();
        i = j;
        continue;
      }
      const folded = fold(ch).split(BREAK).join('');
      for (let k = 0; k < folded.length; k++) {
        hay += folded[k];
        from.push({ piece: p, index: i, length: ch.length });
      }
      i += ch.length;
    }
  });

  const matches: TextMatch[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && matches.length < MAX_MATCHES; at = hay.indexOf(needle, at + needle.length)) {
    const spans: PieceSpan[] = [];
    for (let k = at; k < at + needle.length; k++) {
      const o = from[k];
      if (!o) continue;
      const last = spans[spans.length - 1];
      if (last && last.piece === o.piece) last.end = Math.max(last.end, o.index + o.length);
      else spans.push({ piece: o.piece, start: o.index, end: o.index + o.length });
    }
    matches.push(spans);
  }
  return matches;
}
