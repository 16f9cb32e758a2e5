import { checkTextBudget, checkZipBudget } from '../budgets';
import mammoth from 'mammoth';
import { layoutFromHtml } from '../html/layoutFromHtml';
import { ParseError } from '../parseError';
import { openDocxZip } from './boundedZip';
import { installFastXmlReader } from './fastXmlReader';
import type { ParsedDocument } from '../types';

/**
 * Reads a .docx through mammoth's HTML, which keeps merged cells (rowspan/colspan) that raw
 * text would lose; the same HTML, with anchor ids, is what the renderer shows.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  checkZipBudget(bytes);
  installFastXmlReader();
  let html: string;
  try {
    // mammoth reads the parts through our zip (its `file` input, taken as the opened zip), which
    // stops inflating a part at its budget; see boundedZip.ts.
    const file = openDocxZip(bytes);
    const result = await mammoth.convertToHtml({ file } as unknown as Parameters<typeof mammoth.convertToHtml>[0]);
    html = result.value;
  } catch (error) {
    if (error instanceof ParseError) throw error;
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
