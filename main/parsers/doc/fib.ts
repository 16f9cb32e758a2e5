import { ParseError } from '../parseError';
import { type Bytes, damagedDoc } from './bytes';

/** What the reader needs from the File Information Block at the start of the WordDocument stream. */
export interface Fib {
  nFib: number;
  /** Language of the document's text (0x0804 Chinese, PRC). */
  lid: number;
  /** Far-East language of the document. */
  lidFE: number;
  /** The table stream is "1Table" (else "0Table"). */
  whichTableStream: 0 | 1;
  /** Character counts of the subdocuments, in order: main text, footnotes, headers, …, text boxes. */
  ccpText: number;
  ccpFtn: number;
  ccpHdd: number;
  ccpMcr: number;
  ccpAtn: number;
  ccpEdn: number;
  ccpTxbx: number;
  fcClx: number;
  lcbClx: number;
  fcPlcfBtePapx: number;
  lcbPlcfBtePapx: number;
  fcPlcfBteChpx: number;
  lcbPlcfBteChpx: number;
}

/** A format this reader cannot read but LibreOffice can (see readDoc.ts). */
export class LegacyFormatError extends ParseError {
  constructor(
    message: string,
    /** What the file is, for the warning when LibreOffice read it ("这是 Word 6.0/95 文档，"). */
    readonly what: string,
    /** The extension LibreOffice is given the file under. */
    readonly extension: 'doc' | 'wps',
  ) {
    super('unsupported', message);
  }
}

const WORD97 = 0xa5ec;
const WORD6 = 0xa5dc;

/** Chinese messages for the files this reader knows it cannot read. */
export const DOC_MESSAGES = {
  encrypted: '这份 Word 文档（.doc）设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中用密码打开，取消密码后另存，再打开。',
  word6: '这是 Word 6.0/95 或更早版本保存的文档，本软件只能读取 Word 97 及以后的 .doc 格式。请在 Word 或 WPS 中打开后另存为 .docx 或 PDF。',
  notWord: '这个文件含有 Word 文档的数据流，但其开头不是 Word 97–2003 的文件信息块，无法读取。',
} as const;

/**
 * Reads the FIB ([MS-DOC] 2.5.1): FibBase, then the counted arrays FibRgW97, FibRgLw97 and
 * FibRgFcLcb, whose lengths the file states (and which are checked against what exists).
 */
export function readFib(word: Bytes): Fib {
  if (word.length < 32) throw damagedDoc('文件信息块');
  const wIdent = word.u16(0);
  const nFib = word.u16(2);
  if (wIdent === WORD6 || (wIdent === WORD97 && nFib < 0xc0)) throw new LegacyFormatError(DOC_MESSAGES.word6, '这是 Word 6.0/95 文档，', 'doc');
  if (wIdent !== WORD97) throw new ParseError('unsupported', DOC_MESSAGES.notWord);
  const flags = word.u16(0x0a);
  // fEncrypted: the document is encrypted (RC4 or XOR obfuscation, fObfuscated) with a password.
  if (flags & 0x0100) throw new ParseError('encrypted', DOC_MESSAGES.encrypted);

  const csw = word.u16(32);
  const rgW = 34;
  const cslwAt = rgW + csw * 2;
  const cslw = word.u16(cslwAt);
  const rgLw = cslwAt + 2;
  const cbAt = rgLw + cslw * 4;
  const cbRgFcLcb = word.u16(cbAt);
  const rgFcLcb = cbAt + 2;
  if (csw < 14 || cslw < 22 || cbRgFcLcb < 0x5d) throw damagedDoc('文件信息块');
  const lw = (i: number) => word.i32(rgLw + i * 4);
  const fc = (i: number) => word.u32(rgFcLcb + i * 8);
  const lcb = (i: number) => word.u32(rgFcLcb + i * 8 + 4);
  const count = (n: number) => {
    if (n < 0) throw damagedDoc('文件信息块');
    return n;
  };
  return {
    nFib,
    lid: word.u16(6),
    lidFE: word.u16(rgW + 14 * 2),
    whichTableStream: flags & 0x0200 ? 1 : 0,
    ccpText: count(lw(3)),
    ccpFtn: count(lw(4)),
    ccpHdd: count(lw(5)),
    ccpMcr: count(lw(6)),
    ccpAtn: count(lw(7)),
    ccpEdn: count(lw(8)),
    ccpTxbx: count(lw(9)),
    fcPlcfBteChpx: fc(12),
    lcbPlcfBteChpx: lcb(12),
    fcPlcfBtePapx: fc(13),
    lcbPlcfBtePapx: lcb(13),
    fcClx: fc(33),
    lcbClx: lcb(33),
  };
}
