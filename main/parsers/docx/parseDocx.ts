import { checkTextBudget, checkZipBudget } from '../budgets';
import mammoth from 'mammoth';
import { layoutFromHtml } from '../html/layoutFromHtml';
import { ParseError } from '../parseError';
import { installFastXmlReader } from './fastXmlReader';
import type { ParsedDocument } from '../types';

/**
 * Reads a .docx through mammoth's HTML, which keeps merged cells (rowspan/colspan) that raw
 * text would lose; the same HTML, with anchor ids, is what the renderer shows.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  checkZipBudget(bytes);
  installFastXmlReader();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer });
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/central directory|zip|corrupt|end of data/i.test(detail)) {
      throw new ParseError('corrupt', '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。');
    }
    if (/word\/document\.xml|Could not find|main document part/i.test(detail)) {
      throw new ParseError('corrupt', '这是一个压缩包，但不是 Word 文档（.docx）：其中没有正文部分。');
    }
    throw new ParseError('corrupt', `无法读取 Word 文档：${detail}`);
  }
  checkTextBudget(html.length, 'Word 文档的正文');
  return layoutFromHtml(html, 'docx');
}
