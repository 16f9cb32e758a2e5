import { subAnchor } from '../model';
import type { LayoutParagraph } from '../model';
import { normalizeLabel } from '../lib/text';
import { T2_2019, T2_2021, T3_ROWS } from '../template';
import type { Piece, StreamRow } from './stream';

/**
 * Table rows whose cells lost their separators, as text crawled from a web page gives them:
 * `一、本年新收政府信息公开申请数量350010238二、上年结转…` — a row label with its values glued
 * on, often the whole table (or the whole report) in one line. The text is cut after every run of
 * values that follows a label and precedes the next label; each cut is a row of its own whose
 * slots are the run (split into cells later, by the template's cell count and relations).
 */

/** Every template row's keywords, normalized: a glued row must name one. */
const KEYWORDS = [
  ...T3_ROWS.flatMap((r) => r.keywords),
  ...[...T2_2019, ...T2_2021].flatMap((b) => b.rows.flatMap((r) => r.keywords)),
  '不予公开',
  '无法提供',
  '不予处理',
  '其他处理',
  '总计',
  '审结',
].map(normalizeLabel);

/** The last character of a label that a value may be glued to. */
const LABEL_END = '[\\u4e00-\\u9fff）)】」”"]';
const LABEL_THEN_DIGIT = new RegExp(`${LABEL_END}[+\\-−]?\\d`, 'u');

/** A run of values glued to the label before it: numbers, optionally spaced, with sign or unit. */
const RUN = new RegExp(`(?<=${LABEL_END})(?:[+\\-−]?\\d+(?:\\.\\d+)?(?:万元|元)?[ \\t\\u00a0\\u3000]*)+`, 'gu');

/** A number followed by one of these is a count in a sentence (`1件`, `2023年`), not a cell. */
const UNIT_AFTER = /^[件个条份宗起人次年月日号项家余倍%％届期批类天]/u;

/** The longest label kept for a glued row: a label is a row's, not the prose before the table. */
const LABEL_TAIL = 40;

interface Run {
  start: number;
  end: number;
}

/** The runs of values in `text` that end a row, each followed by the next label or the end. */
function valueRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index ?? 0;
    let end = start + m[0].replace(/[ \t\u00a0\u3000]+$/u, '').length;
    const after = text.slice(end);
    if (UNIT_AFTER.test(after)) continue;
    // `…00000002.其他法律…`: the last digit numbers the next label.
    if (/^[.．、]\s*[\u4e00-\u9fff“"（(]/u.test(after) && /\d$/u.test(text.slice(start, end))) end -= 1;
    if (end <= start) continue;
    if (after !== '' && !/^[.．、]?\s*[\u4e00-\u9fff（(“"]/u.test(text.slice(end).replace(/^\d/u, ''))) continue;
    runs.push({ start, end });
  }
  return runs;
}

/**
 * Cuts a paragraph of run-together table text into rows, or returns null when the paragraph has
 * no run of values glued to a template row's label (ordinary prose and ordinary rows).
 */
export function gluedRows(paragraph: LayoutParagraph): StreamRow[] | null {
  const { text, anchor } = paragraph;
  if (!LABEL_THEN_DIGIT.test(text)) return null;
  const runs = valueRuns(text);
  if (runs.length === 0) return null;
  const piece = (start: number, end: number): Piece => ({
    text: text.slice(start, end),
    anchor: subAnchor(anchor, start, end, text.length),
  });
  const rows: StreamRow[] = [];
  let from = 0;
  let named = false;
  for (const run of runs) {
    const label = text.slice(from, run.start);
    const norm = normalizeLabel(label);
    named ||= KEYWORDS.some((k) => norm.includes(k));
    const labelStart = run.start - Math.min(label.length, LABEL_TAIL);
    const slots: Piece[] = [];
    // Each number is a slot; a sign starts a new one (`50-71100` is 50 and -71100).
    for (const m of text.slice(run.start, run.end).matchAll(/[+\-−]?\d+(?:\.\d+)?(?:万元|元)?/gu)) {
      const s = run.start + (m.index ?? 0);
      slots.push(piece(s, s + m[0].length));
    }
    rows.push({
      labels: norm === '' ? [] : [piece(labelStart, run.start)],
      slots,
      context: '',
      text: normalizeLabel(text.slice(from, run.end)),
      fromTable: false,
    });
    from = run.end;
  }
  if (!named) return null;
  const rest = text.slice(from);
  if (normalizeLabel(rest) !== '') {
    rows.push({ labels: [piece(from, text.length)], slots: [], context: '', text: normalizeLabel(rest), fromTable: false });
  }
  return rows;
}
