// Budgets checked before the work (issue 9): a file whose declared or cheaply measured size is
// far beyond any real report is refused with a Chinese message that names the limit and the
// amount, before mammoth, pdf.js or the HTML reader build anything from it. The worker's heap
// ceiling and hard time limit (main/documents/reviewSlot.ts) stay behind these as the last stop.
import { constants, inflateRawSync } from 'node:zlib';
import { ParseError } from './parseError';

/** The budgets. Real reports use a small fraction of each (see the comments). */
export const BUDGETS = {
  /** One XML part of a .docx once inflated (document.xml of a 30-page report: ~2 MB). */
  zipXmlEntryBytes: 64 * 1048576,
  /** Any other part (an embedded image). */
  zipEntryBytes: 128 * 1048576,
  /** All parts together. */
  zipTotalBytes: 256 * 1048576,
  zipEntries: 20_000,
  /** One PDF content stream (a page or a form) once inflated (a dense page: ~1 MB). */
  pdfStreamBytes: 32 * 1048576,
  /** Drawing operators of one page: its content streams, the forms it paints as often as it paints them, its annotations (a dense page: ~50,000). */
  pdfPageOperators: 1_000_000,
  /** Characters of text read from a .txt or .html file, or of a .docx's HTML (a report: ~50,000). */
  textChars: 5_000_000,
  /** Element nesting of a page or a .docx's HTML (real pages: under 40). */
  htmlDepth: 256,
};

export const mb = (bytes: number) => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

export function tooLarge(message: string): never {
  throw new ParseError('too-large', message);
}

/** What the central directory of a zip declares. */
export interface ZipDirectoryEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts in the file (bytes prepended to the zip allowed for). */
  localHeader: number;
}

/** Reads the central directory of a zip (no inflating); null when there is none to read. */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // Zip64: the real figures are in the zip64 end record its locator points at.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const at = Number(view.getBigUint64(end - 20 + 8, true));
    if (at + 56 <= bytes.length && view.getUint32(at, true) === 0x06064b50) {
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
  }
  // Bytes prepended to the zip (a self-extractor, a crafted file) shift every offset; read the
  // directory where JSZip (under mammoth) would, with the same shift applied to local headers.
  const size = view.getUint32(end + 12, true);
  let zero = 0;
  if (!(offset + 4 <= bytes.length && view.getUint32(offset, true) === 0x02014b50)) {
    const shift = end - (offset + size);
    if (shift > 0 && offset + shift + 4 <= bytes.length && view.getUint32(offset + shift, true) === 0x02014b50) zero = shift;
  }
  const entries: ZipDirectoryEntry[] = [];
  let at = offset + zero;
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeader = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    // Zip64 extra field (id 1): the 64-bit sizes for those marked 0xFFFFFFFF, in that order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extraEnd <= bytes.length) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 1) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff && field + 8 <= extraEnd) {
          uncompressed = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (compressed === 0xffffffff && field + 8 <= extraEnd) {
          compressed = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (localHeader === 0xffffffff && field + 8 <= extraEnd) localHeader = Number(view.getBigUint64(field, true));
      }
      extra += 4 + size;
    }
    entries.push({ name, compressed, uncompressed, method, localHeader: localHeader + zero });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** The inflated-size limit of one .docx part: XML parts are text, anything else may be an image. */
export function zipEntryLimit(name: string): { bytes: number; what: string } {
  return /\.(xml|rels)$/i.test(name) ? { bytes: BUDGETS.zipXmlEntryBytes, what: '正文部件' } : { bytes: BUDGETS.zipEntryBytes, what: '部件' };
}

/**
 * Inflates one zip entry while counting what comes out, stopping at the part's budget or at what
 * is left of the package's (`spent` bytes already inflated from other parts): the central
 * directory's sizes are only claims, and a part that declares 1 KB may inflate to gigabytes.
 * Stored parts are sliced (their size is their size on disk).
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipDirectoryEntry, spent: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
    throw new ParseError('corrupt', `Word 文档中的部件 ${entry.name} 找不到其数据，文件已损坏或不完整，未读取。`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed));
  if (entry.method === 0) return data;
  if (entry.method !== 8) {
    throw new ParseError('corrupt', `Word 文档中的部件 ${entry.name} 使用了不支持的压缩方式（${entry.method}），无法读取。`);
  }
  const part = zipEntryLimit(entry.name);
  const left = BUDGETS.zipTotalBytes - spent;
  const limit = Math.min(part.bytes, left);
  try {
    // Node's zlib checks the output length after every chunk it inflates and stops there, so no
    // more than the limit (plus one chunk) is ever held. Z_SYNC_FLUSH: a truncated stream gives
    // what it holds, as JSZip does.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      const size = (n: number) => (n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${mb(n)} MB`);
      const declared = `目录中记载为 ${size(entry.uncompressed)}，压缩时 ${size(entry.compressed)}`;
      if (limit < part.bytes) {
        tooLarge(
          `Word 文档解压到部件 ${entry.name} 时已超过全部部件共 ${mb(BUDGETS.zipTotalBytes)} MB 的上限（该部件${declared}）；文件可能是恶意构造的“压缩炸弹”，已停止读取。`,
        );
      }
      tooLarge(
        `Word 文档中的部件 ${entry.name} 解压时超过单个${part.what} ${mb(part.bytes)} MB 的上限（${declared}，与实际不符）；文件可能是恶意构造的“压缩炸弹”，已停止读取。`,
      );
    }
    throw new ParseError('corrupt', `Word 文档中的部件 ${entry.name} 的压缩数据已损坏，无法读取。`);
  }
}

/** Refuses a .docx whose parts, as its central directory declares them, are beyond the budgets. */
export function checkZipBudget(bytes: Uint8Array): void {
  const entries = zipDirectory(bytes);
  if (!entries) return; // not a readable zip: mammoth says so in its own words
  if (entries.length > BUDGETS.zipEntries) {
    tooLarge(`Word 文档内含 ${entries.length} 个部件，超过 ${BUDGETS.zipEntries} 个的上限；文件可能是恶意构造的，未读取。`);
  }
  let total = 0;
  for (const e of entries) {
    const part = zipEntryLimit(e.name);
    if (e.uncompressed > part.bytes) {
      tooLarge(
        `Word 文档中的部件 ${e.name} 解压后为 ${mb(e.uncompressed)} MB（压缩时 ${mb(e.compressed)} MB），超过单个${part.what} ${mb(part.bytes)} MB 的上限；` +
          '文件可能是恶意构造的“压缩炸弹”，未读取。',
      );
    }
    total += e.uncompressed;
  }
  if (total > BUDGETS.zipTotalBytes) {
    tooLarge(`Word 文档解压后共 ${mb(total)} MB，超过 ${mb(BUDGETS.zipTotalBytes)} MB 的上限；文件可能是恶意构造的“压缩炸弹”，未读取。`);
  }
}

/** Counts drawing operators in a content stream: tokens that start with a letter or a quote. */
export function countOperators(content: Uint8Array): number {
  let count = 0;
  let inString = 0;
  let previousDelimiter = true;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (inString > 0) {
      if (c === 0x5c)
        i++; // backslash escape
      else if (c === 0x28) inString++;
      else if (c === 0x29) inString--;
      previousDelimiter = inString === 0;
      continue;
    }
    if (c === 0x28) {
      inString = 1;
      continue;
    }
    const isDelimiter = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x5d || c === 0x3e || c === 0x29;
    // An operator: a token that begins with a letter (or ' "), after white space or a delimiter.
    if (previousDelimiter && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x22)) count++;
    previousDelimiter = isDelimiter;
    if (c === 0x2f) previousDelimiter = false; // a /Name is no operator
  }
  return count;
}

/** Refuses text bytes that cannot decode within the character budget (4 bytes a character at most). */
export function checkTextBytesBudget(bytes: number, what: string): void {
  if (bytes > BUDGETS.textChars * 4) {
    tooLarge(`${what}大小为 ${mb(bytes)} MB，超过 ${mb(BUDGETS.textChars * 4)} MB 的上限；年度报告的文本通常不到 1 MB，未读取。`);
  }
}

/** Refuses text beyond the character budget; `what` names the file kind (`文本`、`网页`). */
export function checkTextBudget(chars: number, what: string): void {
  if (chars > BUDGETS.textChars) {
    tooLarge(`${what}共 ${Math.round(chars / 10_000).toLocaleString('en-US')} 万字，超过 ${BUDGETS.textChars / 10_000} 万字的上限；年度报告通常只有几万字，未读取。`);
  }
}

/** Refuses HTML nested deeper than the budget; depth is measured by the caller iteratively. */
export function checkDepthBudget(depth: number, what: string): void {
  if (depth > BUDGETS.htmlDepth) {
    tooLarge(`${what}的元素嵌套深达 ${depth} 层，超过 ${BUDGETS.htmlDepth} 层的上限；正常文档不超过几十层，文件可能是恶意构造的，未读取。`);
  }
}
