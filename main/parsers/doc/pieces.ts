import iconv from 'iconv-lite';
import { ParseError } from '../parseError';
import { Bytes, damagedDoc } from './bytes';

/** One piece of the piece table: characters [cpStart, cpEnd) stored from byte `fc` of WordDocument. */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  /** 8-bit characters (one byte each), else UTF-16LE. */
  compressed: boolean;
  /** The Prm: index of a grpprl in the CLX's Prc list applied to the piece (fComplex), or -1. */
  prcIndex: number;
}

/** The piece table and the property lists (Prc) of the CLX ([MS-DOC] 2.9.38). */
export interface Clx {
  pieces: Piece[];
  prcs: Uint8Array[];
}

/** Reads the CLX: any number of Prc (clxt 1), then one Pcdt (clxt 2) holding the PlcPcd. */
export function readClx(table: Bytes, fcClx: number, lcbClx: number): Clx {
  const clx = new Bytes(table.slice(fcClx, lcbClx), '分段表（CLX）');
  const prcs: Uint8Array[] = [];
  let at = 0;
  // Every step moves on by at least 3 bytes, so the loop ends within the CLX.
  while (at < clx.length) {
    const clxt = clx.u8(at);
    if (clxt === 1) {
      const cb = clx.i16(at + 1);
      if (cb < 0) throw damagedDoc('分段表（CLX）');
      prcs.push(clx.slice(at + 3, cb));
      at += 3 + cb;
    } else if (clxt === 2) {
      const lcb = clx.u32(at + 1);
      const plc = new Bytes(clx.slice(at + 5, lcb), '分段表（CLX）');
      return { pieces: readPlcPcd(plc), prcs };
    } else {
      throw damagedDoc('分段表（CLX）');
    }
  }
  throw damagedDoc('分段表（CLX）');
}

function readPlcPcd(plc: Bytes): Piece[] {
  if ((plc.length - 4) % 12 !== 0 || plc.length < 16) throw damagedDoc('分段表（CLX）');
  const n = (plc.length - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = plc.i32(i * 4);
    const cpEnd = plc.i32((i + 1) * 4);
    if (cpStart < 0 || cpEnd < cpStart) throw damagedDoc('分段表（CLX）');
    const pcd = (n + 1) * 4 + i * 8;
    const fcRaw = plc.u32(pcd + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw & 0x3fffffff;
    const prm = plc.u16(pcd + 6);
    pieces.push({ cpStart, cpEnd, fc: Math.floor(fc), compressed, prcIndex: prm & 1 ? prm >> 1 : -1 });
  }
  return pieces;
}

/** A run of decoded characters, each with the byte position (in WordDocument) it came from. */
export interface DecodedText {
  /** How many characters were decoded (the arrays may be longer). */
  length: number;
  codes: Uint16Array;
  fcs: Uint32Array;
  /** The piece each character came from (for the piece's Prm). */
  pieceOf: Uint32Array;
}

/**
 * Most characters one document part may have: real reports have tens of thousands; this bounds
 * the memory a file can make the reader take (10 bytes a character).
 */
export const MAX_CHARACTERS = 5_000_000;

const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 128 + i)), 'win1252');

/** Chinese (PRC, Singapore): the languages whose 8-bit text Chinese editors wrote in GB2312/GBK. */
const CHINESE_LIDS = new Set([0x0804, 0x1004]);

/**
 * True when a compressed piece's 8-bit bytes are GB2312 text rather than cp1252: the document's
 * language is Chinese, and every byte above 0x7F is one half of a GB2312 pair (both bytes
 * 0xA1–0xFE). [MS-DOC] says compressed pieces are cp1252, and Word itself stores Chinese as
 * UTF-16; but 8-bit Chinese pieces occur in files from older Chinese editors, and cp1252 text
 * (curly quotes 0x91–0x94, accented letters next to ASCII) fails this test.
 */
function isGbPiece(bytes: Uint8Array, chinese: boolean): boolean {
  if (!chinese) return false;
  let pairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b < 0xa1 || b > 0xfe || t === undefined || t < 0xa1 || t > 0xfe) return false;
    pairs++;
    i++;
  }
  return pairs > 0;
}

/**
 * Decodes the characters [cpFrom, cpTo) through the piece table. Every piece's bytes must lie
 * inside WordDocument; the count of characters is bounded by the stream's size.
 */
export function decodeRange(word: Bytes, pieces: Piece[], cpFrom: number, cpTo: number, lids: number[]): DecodedText {
  const chinese = lids.some((l) => CHINESE_LIDS.has(l));
  let total = 0;
  for (const piece of pieces) total += Math.max(0, Math.min(cpTo, piece.cpEnd) - Math.max(cpFrom, piece.cpStart));
  // A claim of more characters than the stream has bytes is damage, not size.
  if (total > word.length) throw damagedDoc('分段表（CLX）');
  if (total > MAX_CHARACTERS) {
    throw new ParseError('too-large', `文档正文超过 ${MAX_CHARACTERS / 10000} 万字，不像一份年度报告，已停止读取。`);
  }
  const out: DecodedText = { length: 0, codes: new Uint16Array(total), fcs: new Uint32Array(total), pieceOf: new Uint32Array(total) };
  const push = (code: number, fc: number, piece: number) => {
    out.codes[out.length] = code;
    out.fcs[out.length] = fc;
    out.pieceOf[out.length] = piece;
    out.length++;
  };
  pieces.forEach((piece, index) => {
    const from = Math.max(cpFrom, piece.cpStart);
    const to = Math.min(cpTo, piece.cpEnd);
    if (to <= from) return;
    const skip = from - piece.cpStart;
    const count = to - from;
    if (piece.compressed) {
      const bytes = word.slice(piece.fc + skip, count);
      const gb = isGbPiece(bytes, chinese);
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        const fc = piece.fc + skip + i;
        if (b >= 0x80 && gb) {
          push(iconv.decode(Buffer.from(bytes.subarray(i, i + 2)), 'gbk').charCodeAt(0), fc, index);
          i++;
          continue;
        }
        push(b < 0x80 ? b : CP1252_HIGH.charCodeAt(b - 0x80), fc, index);
      }
    } else {
      const bytes = word.slice(piece.fc + skip * 2, count * 2);
      for (let i = 0; i < count; i++) push(bytes[i * 2] | (bytes[i * 2 + 1] << 8), piece.fc + (skip + i) * 2, index);
    }
  });
  return out;
}
