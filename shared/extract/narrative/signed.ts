import { subAnchor } from '../../model';
import type { LayoutParagraph, ReportData } from '../../model';
import { readNumber } from './numerals';

const S = '[\\s\\u00a0\\u3000]*';
const ARABIC = new RegExp(`(\\d{4})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日`, 'u');
const CHINESE = new RegExp(`([〇○零一二三四五六七八九]{4})${S}年${S}([一二三四五六七八九十]{1,3})${S}月${S}([一二三四五六七八九十]{1,3})${S}日`, 'u');

/** How many paragraphs from the end the signature block may stand. */
const TAIL = 6;

/** `yyyy-mm-dd`, or null when the parts are not a calendar date. */
function isoDate(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Finds the signing date: the last date line among the closing paragraphs (`2021年1月28日`,
 * `2021 年 1 月 28 日`, `二〇二一年一月二十八日`), alone or after the organ's name. A date inside a
 * sentence (`统计期限自2020年1月1日起至…`) is not a signature.
 */
export function findSigned(paragraphs: LayoutParagraph[]): ReportData['signed'] {
  const body = paragraphs.filter((p) => p.text.trim() !== '');
  for (let i = body.length - 1; i >= Math.max(0, body.length - TAIL); i--) {
    const p = body[i];
    const m = ARABIC.exec(p.text) ?? CHINESE.exec(p.text);
    if (!m) continue;
    const rest = (p.text.slice(0, m.index) + p.text.slice(m.index + m[0].length)).trim();
    if (rest.length > 30 || /[。，,；：:]|起|至|止|自/u.test(rest)) continue;
    const date = isoDate(readNumber(m[1]), readNumber(m[2]), readNumber(m[3]));
    if (date === null) continue;
    return { date, text: m[0], anchor: subAnchor(p.anchor, m.index, m.index + m[0].length, p.text.length) };
  }
  return null;
}
