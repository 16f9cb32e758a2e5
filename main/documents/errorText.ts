/** Known engine and library errors, said in Chinese (the English text stays as technical detail). */
const KNOWN: Array<[RegExp, string]> = [
  [/Maximum call stack size exceeded|too much recursion/i, '文档结构嵌套过深'],
  [/Invalid string length|Array buffer allocation failed|Invalid array length|out of memory|Reached heap limit/i, '文件内容过大，超出可处理的范围'],
  [/Unexpected end of|end of data|truncated|Corrupted zip/i, '文件不完整或已损坏'],
];

/**
 * A Chinese sentence for an unexpected error while reading a file: what it means when known,
 * always followed by the original message as technical detail for a bug report, never alone.
 */
export function unexpectedErrorText(detail: string): string {
  const known = KNOWN.find(([re]) => re.test(detail));
  const clean = detail.replace(/\s+/g, ' ').trim().slice(0, 200);
  return known ? `读取时出错：${known[1]}，无法读取（技术信息：${clean}）。` : `读取时出错，文件可能已损坏或格式异常（技术信息：${clean}）。`;
}
