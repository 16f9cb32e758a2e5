/**
 * Radicals read as the characters they stand for. A PDF's fonts map each glyph to a code point
 * for its text (ToUnicode), and a glyph a font shares between 工 and the Kangxi radical ⼯ may be
 * mapped to the radical: Chrome's 打印 → 另存为 PDF does it for 工, 人, 一, 文, 民 and many more,
 * so `政府信息公开⼯作年度报告` names no report and `⼀、本年新收…` no row. The Kangxi radicals
 * (U+2F00–U+2FD5) and the compatibility ideographs (U+F900–U+FAFF) are the ideograph Unicode
 * gives them (NFKC); the CJK radicals supplement (U+2E80–U+2EF3) has that for two only, so the
 * others that are a character of their own in a report's text are listed here (⺠ 民, ⻓ 长, ⻔ 门…).
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ecc': '辶',
  '\u2ecd': '辶',
  '\u2ecf': '阝',
  '\u2ed0': '钅',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed6': '阝',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
};

const RADICALS = /[\u2e80-\u2fdf\uf900-\ufaff]/gu;
const HAS_RADICAL = /[\u2e80-\u2fdf\uf900-\ufaff]/u;

function unified(ch: string): string {
  const listed = SUPPLEMENT[ch];
  if (listed) return listed;
  const normal = ch.normalize('NFKC');
  // One code unit for one, so that offsets into the text hold (a few compatibility ideographs
  // are outside the BMP once unified: those stay as they are).
  return normal.length === 1 ? normal : ch;
}

/** `text` with every radical or compatibility ideograph replaced by its ideograph; same length. */
export function unifyIdeographs(text: string): string {
  return HAS_RADICAL.test(text) ? text.replace(RADICALS, unified) : text;
}
