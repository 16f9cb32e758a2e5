import type { SourceFormat } from '../../shared/model';

/** What the bytes of a file are, whatever its name says. */
export type Sniffed = SourceFormat | 'ole' | 'zip' | 'rtf' | 'binary' | 'empty';

/** Tells a file's real format from its first bytes. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return Buffer.from(bytes).includes('word/document') ? 'docx' : 'zip';
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole';
  if (head.subarray(0, 5).toString('latin1') === '{\\rtf') return 'rtf';
  const text = head
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^(<!doctype html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<html)/.test(text)) return 'html';
  // Text files have no NUL bytes (UTF-16 ones, which do, start with a BOM).
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!bom16 && head.includes(0)) return 'binary';
  if (/^[\s\u00a0\u3000\ufeff]*$/u.test(Buffer.from(bytes).toString('utf8'))) return 'empty';
  return 'txt';
}

/** The format a file name promises, by its extension. */
export function formatFromName(name: string): SourceFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'docx') return 'docx';
  if (ext === 'doc' || ext === 'wps') return 'doc';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'mht') return 'html';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return null;
}
