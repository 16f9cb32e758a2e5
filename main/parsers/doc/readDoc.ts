import { parseDocx } from '../docx/parseDocx';
import type { ParsedDocument } from '../types';
import { LegacyFormatError } from './fib';
import { convertToDocx } from './libreOffice';
import { parseDoc } from './parseDoc';

/**
 * Reads a Word-binary file with the reader in this folder; only where it gives up on a format
 * LibreOffice reads (Word 6.0/95, Microsoft Works), and a LibreOffice is installed, converts the
 * file with it to .docx and reads that, with a warning. Otherwise the reader's message stands.
 */
export async function readWordBinary(bytes: Uint8Array, name: string, timeoutMs: number): Promise<ParsedDocument> {
  try {
    return parseDoc(bytes, name);
  } catch (error) {
    if (!(error instanceof LegacyFormatError)) throw error;
    const docx = await convertToDocx(bytes, error.extension, Math.max(1000, Math.floor(timeoutMs * 0.8)));
    if (!docx) throw error;
    let parsed: ParsedDocument;
    try {
      parsed = await parseDocx(docx);
    } catch {
      throw error;
    }
    parsed.layout.format = 'doc';
    parsed.layout.warnings.push(`${error.what}本软件不能直接读取，已借助本机安装的 LibreOffice 转换后读取，请核对表格数值。`);
    return parsed;
  }
}
