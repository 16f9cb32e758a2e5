import iconv from 'iconv-lite';

/**
 * Decodes text from a file of unknown encoding: a BOM decides; otherwise UTF-8 when the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK and GB2312, what Chinese Windows writes).
 * `declared` (from an HTML meta tag) wins over the guess when it names a known encoding.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf16be');
  const name = declared?.trim().toLowerCase();
  if (name && name !== 'utf-8' && name !== 'utf8' && iconv.encodingExists(name)) {
    return iconv.decode(buffer, /^(gb2312|gbk|gb_2312-80|x-gbk)$/.test(name) ? 'gb18030' : name);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'gb18030');
  }
}
