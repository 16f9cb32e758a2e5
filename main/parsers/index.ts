import type { SourceFormat } from '../../shared/model';
import { parseDocx } from './docx/parseDocx';
import { parseHtml } from './html/parseHtml';
import { ParseError } from './parseError';
import { formatFromName, sniffFormat } from './sniff';
import { parseTxt } from './txt/parseTxt';
import { DEFAULT_LIMITS } from './types';
import type { ParseLimits, ParsedDocument } from './types';

const FORMAT_NAMES: Record<SourceFormat, string> = { docx: 'Word 文档', pdf: 'PDF', html: '网页', txt: '文本' };

/** A parsed file and the format it really had. */
export interface ParseOutcome {
  format: SourceFormat;
  parsed: ParsedDocument;
}

/** Why bytes that are no report format cannot be read, in words a user understands. */
function refuse(sniffed: ReturnType<typeof sniffFormat>): never {
  switch (sniffed) {
    case 'empty':
      throw new ParseError('empty', '文件是空的，没有可读取的内容。');
    case 'ole':
      throw new ParseError(
        'unsupported',
        '这是旧版 Word（.doc）、WPS 文件或加密的 Word 文档，无法直接读取。请在 Word 或 WPS 中另存为 .docx 或 PDF 后再打开；如有密码，请先取消密码。',
      );
    case 'zip':
      throw new ParseError('corrupt', '这是一个压缩包，但不是 Word 文档（.docx）：其中没有正文部分。');
    case 'binary':
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
  const sniffed = sniffFormat(bytes);
  if (sniffed !== 'docx' && sniffed !== 'pdf' && sniffed !== 'html' && sniffed !== 'txt') refuse(sniffed);
  const parsed = await parseAs(sniffed, bytes, limits);
  const named = formatFromName(name);
  if (named && named !== sniffed) {
    parsed.layout.warnings.push(`文件扩展名表明是${FORMAT_NAMES[named]}，但内容实为${FORMAT_NAMES[sniffed]}，已按${FORMAT_NAMES[sniffed]}读取。`);
  }
  return { format: sniffed, parsed };
}

async function parseAs(format: SourceFormat, bytes: Uint8Array, limits: ParseLimits): Promise<ParsedDocument> {
  switch (format) {
    case 'docx':
      return parseDocx(bytes);
    case 'pdf':
      // Loaded on first use: pdf.js is large, and most batches start with Word files.
      return (await import('./pdf')).parsePdf(bytes, limits);
    case 'html':
      return parseHtml(bytes);
    case 'txt':
      return parseTxt(bytes);
  }
}
