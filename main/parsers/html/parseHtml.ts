import { checkTextBudget, checkTextBytesBudget } from '../budgets';
import { decodeText } from '../decode';
import type { ParsedDocument } from '../types';
import { layoutFromHtml } from './layoutFromHtml';

/** The charset a page declares in its first bytes (`<meta charset=gbk>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1] : null;
}

/** Reads a saved web page (.html/.htm), in GBK or UTF-8. */
export function parseHtml(bytes: Uint8Array): ParsedDocument {
  checkTextBytesBudget(bytes.length, '网页文件');
  const html = decodeText(bytes, declaredCharset(bytes));
  checkTextBudget(html.length, '网页文件');
  return layoutFromHtml(html, 'html');
}
