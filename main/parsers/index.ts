import type { SourceFormat } from '../../shared/model';
import { OLE_MESSAGES } from './doc/messages';
import { parseDocx } from './docx/parseDocx';
import { parseHtml } from './html/parseHtml';
import { ParseError } from './parseError';
import { formatFromName, sniffFormat } from './sniff';
import { parseTxt } from './txt/parseTxt';
import { DEFAULT_LIMITS } from './types';
import type { ParseLimits, ParsedDocument } from './types';

const FORMAT_NAMES: Record<SourceFormat, string> = {
  docx: 'Word 文档（.docx）',
  doc: 'Word 97–2003 文档（.doc）',
  pdf: 'PDF',
  html: '网页',
  txt: '文本',
};

/** A parsed file and the format it really had. */
export interface ParseOutcome {
  format: SourceFormat;
  parsed: ParsedDocument;
}

/** Why bytes that are no report format cannot be read, in words a user understands. */
function refuse(sniffed: ReturnType<typeof sniffFormat>, name: string): never {
  switch (sniffed) {
    case 'empty':
      throw new ParseError('empty', '文件是空的，没有可读取的内容。');
    case 'rtf':
      throw new ParseError('unsupported', '这是 RTF 格式的文件（常以 .doc 为扩展名），无法直接读取。请在 Word 或 WPS 中打开，另存为 .docx 或 PDF 后再打开。');
    case 'zip':
      throw new ParseError('corrupt', '这是一个压缩包，但不是 Word 文档（.docx）：其中没有正文部分。');
    case 'binary':
      // Binary, neither Word-binary nor a zip, under .wps: Kingsoft's own format before WPS 2005.
      if (/\.wps$/i.test(name)) throw new ParseError('unsupported', OLE_MESSAGES.kingsoft);
      throw new ParseError('unsupported', '无法识别的文件格式：不是 Word（.docx）、PDF、网页或文本文件。');
    default:
      throw new ParseError('unreadable', '无法识别的文件格式。');
  }
}

/**
 * Parses a file by what its bytes are, not what its name says: a PDF renamed to .docx is read
 * as a PDF, with a warning. Throws ParseError with a Chinese message for what cannot be read.
 */
export async function parseFile(bytes: Uint8Array, name: string, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParseOutcome> {
  const found = sniffFormat(bytes);
  // Every OLE compound file goes to the Word-binary reader, which tells a Word document from the
  // other things such a file can hold (Works, old Kingsoft, Excel…) by its streams.
  const sniffed = found === 'ole' ? 'doc' : found;
  if (sniffed !== 'docx' && sniffed !== 'doc' && sniffed !== 'pdf' && sniffed !== 'html' && sniffed !== 'txt') refuse(sniffed, name);
  const parsed = await parseAs(sniffed, bytes, limits, name);
  const named = formatFromName(name);
  // WPS Office writes .wps files either in the Word 97–2003 format or as a .docx zip: both are normal.
  const wpsAsWord = /\.wps$/i.test(name) && (sniffed === 'doc' || sniffed === 'docx');
  if (named && named !== sniffed && !wpsAsWord) {
    parsed.layout.warnings.push(`文件扩展名表明是${FORMAT_NAMES[named]}，但内容实为${FORMAT_NAMES[sniffed]}，已按${FORMAT_NAMES[sniffed]}读取。`);
  }
  return { format: sniffed, parsed };
}

async function parseAs(format: SourceFormat, bytes: Uint8Array, limits: ParseLimits, name: string): Promise<ParsedDocument> {
  switch (format) {
    case 'docx':
      return parseDocx(bytes);
    case 'doc':
      // Loaded on first use, as pdf.js is: most batches hold no Word 97–2003 file.
      return (await import('./doc/readDoc')).readWordBinary(bytes, name, limits.timeoutMs);
    case 'pdf':
      // Loaded on first use: pdf.js is large, and most batches start with Word files.
      return (await import('./pdf')).parsePdf(bytes, limits);
    case 'html':
      return parseHtml(bytes);
    case 'txt':
      return parseTxt(bytes);
  }
}
