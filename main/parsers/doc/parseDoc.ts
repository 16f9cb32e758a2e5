import { layoutFromHtml } from '../html/layoutFromHtml';
import { ParseError } from '../parseError';
import type { ParsedDocument } from '../types';
import { Bytes, damagedDoc } from './bytes';
import { openCompoundFile } from './compoundFile';
import { LegacyFormatError, readFib } from './fib';
import { OLE_MESSAGES } from './messages';
import { decodeRange, readClx } from './pieces';
import type { DecodedText, Piece } from './pieces';
import { DeletedTextReader, ParagraphPropsReader } from './properties';
import type { ParagraphProps, RowDefinition } from './properties';

const CELL_MARK = 0x07;
const PARAGRAPH_MARK = 0x0d;
const SECTION_MARK = 0x0c;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
/** Deeper field nesting than this is not tracked (its characters are shown). */
const MAX_FIELD_DEPTH = 64;
/** Cell edges closer than this (in twips, 1/1440 inch) are one grid line. */
const EDGE_TOLERANCE = 3;

/** A paragraph of the text, with the properties of its mark. */
interface Paragraph {
  text: string;
  mark: number;
  props: ParagraphProps;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Splits decoded text into paragraphs at paragraph, cell and section marks, shows field results
 * (not field codes), and drops Word's special characters (pictures, drawn objects, note marks).
 */
function paragraphsOf(text: DecodedText, props: (fc: number, piece: number) => ParagraphProps, deleted: (fc: number) => boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let current = '';
  // For each open field: true while its code (before the separator) is being read.
  const fields: boolean[] = [];
  let hiddenDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codes[i];
    if (c === PARAGRAPH_MARK || c === CELL_MARK || c === SECTION_MARK) {
      out.push({ text: current, mark: c, props: props(text.fcs[i], text.pieceOf[i]) });
      current = '';
      continue;
    }
    if (c === FIELD_BEGIN) {
      if (fields.length < MAX_FIELD_DEPTH) {
        fields.push(true);
        hiddenDepth++;
      }
      continue;
    }
    if (c === FIELD_SEPARATOR) {
      if (fields.length > 0 && fields[fields.length - 1]) {
        fields[fields.length - 1] = false;
        hiddenDepth--;
      }
      continue;
    }
    if (c === FIELD_END) {
      if (fields.length > 0 && fields.pop()) hiddenDepth--;
      continue;
    }
    if (hiddenDepth > 0 || deleted(text.fcs[i])) continue;
    if (c === 0x0b || c === 0x0e) current += '\n';
    else if (c === 0x09) current += '\t';
    else if (c === 0x1e) current += '-';
    else if (c === 0xa0) current += '\u00a0';
    else if (c >= 0x20 && !(c >= 0xd800 && c <= 0xdfff && !isPairedSurrogate(text.codes, i))) current += String.fromCharCode(c);
  }
  if (current.trim()) out.push({ text: current, mark: PARAGRAPH_MARK, props: props(-1, -1) });
  return out;
}

function isPairedSurrogate(codes: Uint16Array, i: number): boolean {
  const c = codes[i];
  if (c <= 0xdbff) return codes[i + 1] >= 0xdc00 && codes[i + 1] <= 0xdfff;
  return codes[i - 1] >= 0xd800 && codes[i - 1] <= 0xdbff;
}

function paragraphHtml(text: string): string {
  const body = text.trim();
  return body ? `<p>${escapeHtml(body).replace(/\n/g, '<br />')}</p>` : '';
}

/** Table depth of a paragraph: sprmPItap where the file states it, else 1 for in-table text. */
function depthOf(p: Paragraph): number {
  if (p.props.itap !== null) return p.props.itap > 0 ? p.props.itap : p.props.inTable ? 1 : 0;
  return p.props.inTable ? 1 : 0;
}

interface RowCells {
  cells: Paragraph[][];
  def: RowDefinition | null;
}

interface GridCell {
  html: string;
  left: number;
  right: number;
  vert: 'none' | 'continue' | 'restart';
  colSpan: number;
  rowSpan: number;
  dropped: boolean;
}

/**
 * A table's HTML from its rows: cell edges from sprmTDefTable become the grid (column spans),
 * vertical merge bits become row spans; a merged-away cell is left out, as in HTML.
 */
function tableHtml(rows: RowCells[]): string {
  const grid: GridCell[][] = rows.map((row) => {
    const def = row.def;
    const cells: GridCell[] = [];
    row.cells.forEach((paras, i) => {
      const html = paras.map((p) => paragraphHtml(p.text)).join('');
      const left = def && i < def.edges.length - 1 ? def.edges[i] : Number.NaN;
      const right = def && i < def.edges.length - 1 ? def.edges[i + 1] : Number.NaN;
      const vert = def && i < def.vertMerge.length ? def.vertMerge[i] : 'none';
      const previous = cells[cells.length - 1];
      if (def && previous && def.mergedIntoPrevious[i]) {
        previous.html += html;
        previous.right = right;
        return;
      }
      cells.push({ html, left, right, vert, colSpan: 1, rowSpan: 1, dropped: false });
    });
    return cells;
  });

  // The grid lines: every cell edge of every row, nearby edges taken as one.
  const raw = grid
    .flat()
    .flatMap((c) => [c.left, c.right])
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => a - b);
  const lines: number[] = [];
  for (const x of raw) if (lines.length === 0 || x - lines[lines.length - 1] > EDGE_TOLERANCE) lines.push(x);
  // The grid line nearest to x (binary search: a table may have thousands of rows).
  const lineIndex = (x: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && Math.abs(lines[lo - 1] - x) <= Math.abs(lines[lo] - x) ? lo - 1 : lo;
  };
  for (const row of grid) {
    for (const cell of row) {
      if (Number.isFinite(cell.left) && Number.isFinite(cell.right) && cell.right > cell.left) {
        cell.colSpan = Math.max(1, lineIndex(cell.right) - lineIndex(cell.left));
      }
    }
  }
  // Row spans: a restarting cell absorbs the continuing cells at the same left edge below it.
  grid.forEach((row, r) => {
    for (const cell of row) {
      if (cell.vert !== 'restart' || !Number.isFinite(cell.left)) continue;
      for (let below = r + 1; below < grid.length; below++) {
        const next = grid[below].find((c) => !c.dropped && c.vert === 'continue' && Math.abs(c.left - cell.left) <= EDGE_TOLERANCE);
        if (!next) break;
        next.dropped = true;
        cell.rowSpan++;
        cell.html += next.html;
      }
    }
  });
  const body = grid
    .map((row) => {
      const cells = row
        .filter((c) => !c.dropped)
        .map((c) => {
          const attrs = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
          return `<td${attrs}>${c.html}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<table>${body}</table>`;
}

/** Paragraphs and tables as HTML, in reading order. Nested tables' text stays in the outer cell. */
function blocksHtml(paragraphs: Paragraph[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    if (depthOf(paragraphs[i]) === 0) {
      out.push(paragraphHtml(paragraphs[i].text));
      i++;
      continue;
    }
    const rows: RowCells[] = [];
    let cells: Paragraph[][] = [];
    let cell: Paragraph[] = [];
    for (; i < paragraphs.length && depthOf(paragraphs[i]) > 0; i++) {
      const p = paragraphs[i];
      const depth = depthOf(p);
      if (depth === 1 && p.props.ttp) {
        // The row-end mark; text before it that no cell mark closed is one more cell.
        if (cell.length > 0) cells.push(cell);
        rows.push({ cells, def: p.props.row });
        cells = [];
        cell = [];
      } else if (depth === 1 && p.mark === CELL_MARK) {
        cell.push(p);
        cells.push(cell);
        cell = [];
      } else if (!(depth > 1 && p.props.innerTtp)) {
        cell.push(p);
      }
    }
    if (cell.length > 0) cells.push(cell);
    if (cells.length > 0) rows.push({ cells, def: null });
    out.push(tableHtml(rows));
  }
  return out.join('\n');
}

/** Tells what kind of compound file without a WordDocument stream this is. */
function refuseOtherOle(names: Set<string>, fileName: string): never {
  if (names.has('CONTENTS') || names.has('MatOST') || names.has('SPELLING'))
    throw new LegacyFormatError(OLE_MESSAGES.works, '这是 Microsoft Works 文字处理文件，', 'wps');
  // A .wps that is neither Word-binary nor Works: Kingsoft's own format from before WPS 2005.
  if (/\.wps$/i.test(fileName) || [...names].some((n) => /wps|kingsoft|金山/i.test(n))) {
    throw new ParseError('unsupported', OLE_MESSAGES.kingsoft);
  }
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) {
    throw new ParseError('encrypted', '这份 Word 文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中用密码打开，取消密码后另存，再打开。');
  }
  throw new ParseError('unsupported', OLE_MESSAGES.other);
}

/**
 * Reads a Word 97–2003 binary document (.doc, and the .wps files WPS Office writes in the same
 * format) into the same HTML-backed layout as a .docx: FIB → piece table → paragraph properties →
 * table marks and row definitions. Text boxes' text follows the main text; deleted revisions
 * (tracked changes) are left out, as mammoth leaves out a .docx's deletions.
 */
export function parseDoc(bytes: Uint8Array, fileName = ''): ParsedDocument {
  const { streams } = openCompoundFile(bytes);
  const wordStream = streams.get('WordDocument');
  if (!wordStream) refuseOtherOle(new Set(streams.keys()), fileName);
  const word = new Bytes(wordStream, '正文数据流');
  const fib = readFib(word);
  const tableStream = streams.get(fib.whichTableStream ? '1Table' : '0Table');
  if (!tableStream) throw damagedDoc('表数据流');
  const table = new Bytes(tableStream, '表数据流');
  const dataStream = streams.get('Data');
  const data = dataStream ? new Bytes(dataStream, '数据流') : null;

  const { pieces, prcs } = readClx(table, fib.fcClx, fib.lcbClx);
  const papx = new ParagraphPropsReader(word, table, fib.fcPlcfBtePapx, fib.lcbPlcfBtePapx, data);
  const propsAt = (piecesOf: Piece[]) => (fc: number, piece: number) => {
    if (fc < 0) return { inTable: false, ttp: false, itap: null, innerCell: false, innerTtp: false, row: null };
    const prcIndex = piece >= 0 ? piecesOf[piece].prcIndex : -1;
    return papx.at(fc, prcIndex >= 0 && prcIndex < prcs.length ? prcs[prcIndex] : null);
  };
  const chpx = new DeletedTextReader(word, table, fib.fcPlcfBteChpx, fib.lcbPlcfBteChpx);
  const deleted = (fc: number) => chpx.deleted(fc);
  const lids = [fib.lid, fib.lidFE];
  const main = decodeRange(word, pieces, 0, fib.ccpText, lids);
  let html = blocksHtml(paragraphsOf(main, propsAt(pieces), deleted));

  // Text boxes: their stories follow the main text, footnotes, headers, comments and endnotes.
  if (fib.ccpTxbx > 0) {
    const start = fib.ccpText + fib.ccpFtn + fib.ccpHdd + fib.ccpMcr + fib.ccpAtn + fib.ccpEdn;
    const boxes = decodeRange(word, pieces, start, start + fib.ccpTxbx, lids);
    html += `\n${blocksHtml(paragraphsOf(boxes, propsAt(pieces), deleted))}`;
  }
  return layoutFromHtml(html, 'doc');
}
