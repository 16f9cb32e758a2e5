import { Bytes, damagedDoc } from './bytes';

/** Vertical merge of a cell: none, continues the merged cell above, or starts a merged run. */
export type VertMerge = 'none' | 'continue' | 'restart';

/** A table row's cells as sprmTDefTable defines them. */
export interface RowDefinition {
  /** Cell edges in twips: cell i spans [edges[i], edges[i + 1]). */
  edges: number[];
  vertMerge: VertMerge[];
  /** Old-style horizontal merge: the cell is merged into the one before it. */
  mergedIntoPrevious: boolean[];
}

/** The paragraph properties the table reader needs. */
export interface ParagraphProps {
  inTable: boolean;
  /** Table terminating paragraph: the row-end mark of a depth-1 row. */
  ttp: boolean;
  /** Table depth (sprmPItap), when the file states it. */
  itap: number | null;
  innerCell: boolean;
  innerTtp: boolean;
  row: RowDefinition | null;
}

const EMPTY: ParagraphProps = { inTable: false, ttp: false, itap: null, innerCell: false, innerTtp: false, row: null };

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPItap = 0x6649;
const sprmPFInnerTableCell = 0x244b;
const sprmPFInnerTtp = 0x244c;
const sprmPHugePapx = 0x6646;
const sprmTDefTable = 0xd608;
const sprmTVertMerge = 0xd62b;
const sprmPChgTabs = 0xc615;

/** Word allows 63 cells a row. */
const MAX_CELLS = 64;

/**
 * Calls `visit` for every Sprm of a grpprl ([MS-DOC] 2.6.1) with its operand. The operand's size
 * comes from the spra bits, or from the operand itself; a size that runs past the end stops the
 * walk. Every step consumes at least three bytes, so the walk ends.
 */
export function forEachSprm(grpprl: Uint8Array, visit: (sprm: number, operand: Bytes) => void): void {
  const g = new Bytes(grpprl, '段落属性');
  let at = 0;
  while (at + 2 < g.length) {
    const sprm = g.u16(at);
    at += 2;
    let size: number;
    switch (sprm >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        if (sprm === sprmTDefTable) size = g.u16(at) + 1;
        else if (sprm === sprmPChgTabs && g.u8(at) === 255) size = chgTabsSize(g, at);
        else size = g.u8(at) + 1;
    }
    if (at + size > g.length) return;
    visit(sprm, new Bytes(g.slice(at, size), '段落属性'));
    at += size;
  }
}

/** sprmPChgTabs with cb 255: the size follows from the counts of deleted and added tabs. */
function chgTabsSize(g: Bytes, at: number): number {
  const deleted = g.u8(at + 1);
  const added = g.u8(at + 2 + deleted * 4);
  return 1 + 1 + deleted * 4 + 1 + added * 3;
}

/** Reads a TDefTableOperand: cell count, cell edges, and each cell's TC80 merge bits. */
function readRowDefinition(op: Bytes): RowDefinition | null {
  // op: cb (2 bytes), itcMac, rgdxaCenter[itcMac + 1], rgTc80[itcMac] (possibly fewer).
  if (op.length < 3) return null;
  const cells = op.u8(2);
  if (cells === 0 || cells > MAX_CELLS || 3 + (cells + 1) * 2 > op.length) return null;
  const edges: number[] = [];
  for (let i = 0; i <= cells; i++) edges.push(op.i16(3 + i * 2));
  const tcAt = 3 + (cells + 1) * 2;
  const vertMerge: VertMerge[] = [];
  const mergedIntoPrevious: boolean[] = [];
  for (let i = 0; i < cells; i++) {
    const at = tcAt + i * 20;
    const tcgrf = at + 2 <= op.length ? op.u16(at) : 0;
    const horz = tcgrf & 3;
    const vert = (tcgrf >> 5) & 3;
    mergedIntoPrevious.push(horz === 2 || horz === 3);
    vertMerge.push(vert === 0 ? 'none' : vert === 1 ? 'continue' : 'restart');
  }
  return { edges, vertMerge, mergedIntoPrevious };
}

/** Applies the paragraph and table Sprms of one grpprl to `props`; `data` holds huge PAPXs. */
function applyGrpprl(props: ParagraphProps, grpprl: Uint8Array, data: Bytes | null, depth: number): void {
  forEachSprm(grpprl, (sprm, op) => {
    switch (sprm) {
      case sprmPFInTable:
        props.inTable = op.u8(0) !== 0;
        break;
      case sprmPFTtp:
        props.ttp = op.u8(0) !== 0;
        break;
      case sprmPItap:
        props.itap = Math.min(op.u32(0), 64);
        break;
      case sprmPFInnerTableCell:
        props.innerCell = op.u8(0) !== 0;
        break;
      case sprmPFInnerTtp:
        props.innerTtp = op.u8(0) !== 0;
        break;
      case sprmTDefTable:
        props.row = readRowDefinition(op);
        break;
      case sprmTVertMerge: {
        // cb (= 2), itc, vertical merge flag; applies after the row's TDefTable.
        if (!props.row || op.length < 3) break;
        const itc = op.u8(1);
        const flag = op.u8(2);
        if (itc < props.row.vertMerge.length) props.row.vertMerge[itc] = flag === 0 ? 'none' : flag === 1 ? 'continue' : 'restart';
        break;
      }
      case sprmPHugePapx: {
        // The real grpprl is in the Data stream: cb (2 bytes), then cb bytes. Not followed twice.
        if (!data || depth > 0) break;
        const at = op.u32(0);
        const cb = data.u16(at);
        applyGrpprl(props, data.slice(at + 2, cb), data, depth + 1);
        break;
      }
    }
  });
}

/**
 * Paragraph properties by the position of a paragraph's mark in WordDocument: PlcBtePapx names
 * the 512-byte FKP pages, each FKP maps mark positions to PAPXs ([MS-DOC] 2.8.6, 2.9.175).
 * Every page and PAPX read is checked against the streams; results are cached by page and run.
 */
export class ParagraphPropsReader {
  private readonly fcs: number[] = [];
  private readonly pages: number[] = [];
  private readonly cache = new Map<number, ParagraphProps>();

  constructor(
    private readonly word: Bytes,
    table: Bytes,
    fc: number,
    lcb: number,
    private readonly data: Bytes | null,
  ) {
    if (lcb === 0) return;
    const plc = new Bytes(table.slice(fc, lcb), '段落属性表（PlcBtePapx）');
    if ((lcb - 4) % 8 !== 0) throw damagedDoc('段落属性表（PlcBtePapx）');
    const n = (lcb - 4) / 8;
    if (n > word.length / 512 + 1) throw damagedDoc('段落属性表（PlcBtePapx）');
    for (let i = 0; i <= n; i++) this.fcs.push(plc.u32(i * 4));
    for (let i = 0; i < n; i++) this.pages.push(plc.u32((n + 1) * 4 + i * 4) & 0x3fffff);
  }

  /** Properties of the paragraph whose mark is at byte `fc` (Prc sprms of its piece applied after). */
  at(fc: number, prc: Uint8Array | null): ParagraphProps {
    const base = this.fromFkp(fc);
    if (!prc) return base;
    const props = { ...base, row: cloneRow(base.row) };
    applyGrpprl(props, prc, this.data, 0);
    return props;
  }

  private fromFkp(fc: number): ParagraphProps {
    // Binary search of the page whose range [fcs[i], fcs[i + 1]) holds fc.
    let lo = 0;
    let hi = this.pages.length - 1;
    if (hi < 0 || fc < this.fcs[0]) return EMPTY;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.fcs[mid] <= fc) lo = mid;
      else hi = mid - 1;
    }
    const pageAt = this.pages[lo] * 512;
    const page = new Bytes(this.word.slice(pageAt, 512), '段落属性页（FKP）');
    const runs = page.u8(511);
    if (runs === 0 || (runs + 1) * 4 + runs * 13 > 511) throw damagedDoc('段落属性页（FKP）');
    let run = -1;
    for (let i = 0; i < runs; i++) {
      if (page.u32(i * 4) <= fc && fc < page.u32((i + 1) * 4)) {
        run = i;
        break;
      }
    }
    if (run < 0) return EMPTY;
    const key = pageAt + run;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const props: ParagraphProps = { ...EMPTY };
    const offset = page.u8((runs + 1) * 4 + run * 13) * 2;
    if (offset !== 0) {
      // PapxInFkp: cb; if cb is 0, cb' follows and the GrpPrlAndIstd is 2·cb' bytes, else 2·cb − 1.
      let cb = page.u8(offset);
      let at = offset + 1;
      let size = cb * 2 - 1;
      if (cb === 0) {
        cb = page.u8(offset + 1);
        at = offset + 2;
        size = cb * 2;
      }
      if (size >= 2) {
        const grpprlAndIstd = page.slice(at, size);
        applyGrpprl(props, grpprlAndIstd.subarray(2), this.data, 0);
      }
    }
    this.cache.set(key, props);
    return props;
  }
}

function cloneRow(row: RowDefinition | null): RowDefinition | null {
  return row ? { edges: [...row.edges], vertMerge: [...row.vertMerge], mergedIntoPrevious: [...row.mergedIntoPrevious] } : null;
}

const sprmCFRMarkDel = 0x0800;

/**
 * Which characters are deleted revisions (tracked changes not yet accepted): Word keeps deleted
 * text in the stream, marked by sprmCFRMarkDel in its CHPX. PlcBteChpx names the 512-byte FKP
 * pages that map character positions to CHPXs ([MS-DOC] 2.9.33). The last run found is
 * remembered, since characters are asked for in order.
 */
export class DeletedTextReader {
  private readonly fcs: number[] = [];
  private readonly pages: number[] = [];
  private runStart = 0;
  private runEnd = 0;
  private runDeleted = false;

  constructor(
    private readonly word: Bytes,
    table: Bytes,
    fc: number,
    lcb: number,
  ) {
    if (lcb === 0) return;
    const plc = new Bytes(table.slice(fc, lcb), '字符属性表（PlcBteChpx）');
    if ((lcb - 4) % 8 !== 0) throw damagedDoc('字符属性表（PlcBteChpx）');
    const n = (lcb - 4) / 8;
    if (n > word.length / 512 + 1) throw damagedDoc('字符属性表（PlcBteChpx）');
    for (let i = 0; i <= n; i++) this.fcs.push(plc.u32(i * 4));
    for (let i = 0; i < n; i++) this.pages.push(plc.u32((n + 1) * 4 + i * 4) & 0x3fffff);
  }

  /** True when the character stored at byte `fc` is a deleted revision. */
  deleted(fc: number): boolean {
    if (fc >= this.runStart && fc < this.runEnd) return this.runDeleted;
    this.runDeleted = false;
    this.runStart = fc;
    this.runEnd = fc + 1;
    if (this.pages.length === 0 || fc < this.fcs[0]) return false;
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.fcs[mid] <= fc) lo = mid;
      else hi = mid - 1;
    }
    const page = new Bytes(this.word.slice(this.pages[lo] * 512, 512), '字符属性页（FKP）');
    const runs = page.u8(511);
    if (runs === 0 || (runs + 1) * 4 + runs > 511) throw damagedDoc('字符属性页（FKP）');
    for (let i = 0; i < runs; i++) {
      const start = page.u32(i * 4);
      const end = page.u32((i + 1) * 4);
      if (fc < start || fc >= end) continue;
      this.runStart = start;
      this.runEnd = end;
      const offset = page.u8((runs + 1) * 4 + i) * 2;
      if (offset !== 0) {
        const cb = page.u8(offset);
        forEachSprm(page.slice(offset + 1, cb), (sprm, op) => {
          if (sprm === sprmCFRMarkDel) {
            const v = op.u8(0);
            this.runDeleted = v === 1 || v === 0x81;
          }
        });
      }
      break;
    }
    return this.runDeleted;
  }
}
