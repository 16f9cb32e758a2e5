import { ParseError } from '../parseError';

/** The error for any offset or length in a .doc that points outside its stream. */
export const damagedDoc = (what: string) => new ParseError('corrupt', `文件已损坏：Word 文档（.doc）的${what}不完整或自相矛盾，无法读取。`);

/**
 * Little-endian reads that never trust an offset: every read outside the stream throws a
 * ParseError naming the structure being read, instead of returning undefined or NaN.
 */
export class Bytes {
  constructor(
    readonly data: Uint8Array,
    private readonly what: string,
  ) {}

  get length(): number {
    return this.data.length;
  }

  private check(at: number, size: number): void {
    if (!Number.isInteger(at) || at < 0 || at + size > this.data.length) throw damagedDoc(this.what);
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.data[at];
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.data[at] | (this.data[at + 1] << 8);
  }

  i16(at: number): number {
    const v = this.u16(at);
    return v >= 0x8000 ? v - 0x10000 : v;
  }

  u32(at: number): number {
    this.check(at, 4);
    return (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16)) + this.data[at + 3] * 0x1000000;
  }

  i32(at: number): number {
    const v = this.u32(at);
    return v >= 0x80000000 ? v - 0x100000000 : v;
  }

  /** `size` bytes from `at`, all of which must exist. */
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.data.subarray(at, at + size);
  }
}
