import { inflateZipEntry, zipDirectory, type ZipDirectoryEntry } from '../budgets';
import { ParseError } from '../parseError';

/**
 * The zip object mammoth reads a .docx through (`exists`, `read`; what its lib/zipfile.js makes
 * with JSZip), over our own reader: every part is inflated by `inflateZipEntry`, which counts the
 * bytes as they come out and stops at the budget, whatever sizes the central directory claims.
 * JSZip would inflate a lying part to the end before comparing sizes, so it never sees one.
 */
export interface DocxZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

export function openDocxZip(bytes: Uint8Array): DocxZip {
  const entries = zipDirectory(bytes);
  if (!entries || entries.length === 0) throw new ParseError('corrupt', '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。');
  // As in JSZip, a later entry of the same name wins; folders are no files.
  const files = new Map<string, ZipDirectoryEntry>();
  for (const e of entries) if (!e.name.endsWith('/')) files.set(e.name, e);
  // What the parts read so far inflated to, each counted once however often mammoth reads it.
  const counted = new Map<string, number>();
  let spent = 0;
  const bytesOf = (name: string): Uint8Array => {
    const entry = files.get(name);
    if (!entry) throw new ParseError('corrupt', `Word 文档中缺少部件 ${name}，文件已损坏或不完整。`);
    const data = inflateZipEntry(bytes, entry, spent - (counted.get(name) ?? 0));
    if (!counted.has(name)) {
      counted.set(name, data.length);
      spent += data.length;
    }
    if (entry.method === 8 && data.length !== entry.uncompressed) {
      // JSZip refuses this too ("uncompressed data size mismatch"), after inflating it all.
      throw new ParseError(
        'corrupt',
        `Word 文档中的部件 ${name} 解压后为 ${data.length} 字节，与目录记载的 ${entry.uncompressed} 字节不符；文件已损坏或被篡改，未读取。`,
      );
    }
    return data;
  };
  return {
    exists: (name) => files.has(name),
    read: (name, encoding) => {
      try {
        const data = bytesOf(name);
        if (encoding === 'base64') return Promise.resolve(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'));
        return Promise.resolve(encoding ? new TextDecoder(encoding).decode(data) : data);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    write: () => {
      throw new Error('只读');
    },
    toArrayBuffer: () => Promise.reject(new Error('只读')),
  };
}
