const DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese digits that may spell a count or a date (`〇` and `○` both appear for zero). */
export const CN_NUMBER = '[〇○零一二两三四五六七八九十百]+';

/**
 * Reads a number written in Arabic or Chinese numerals: `21`, `２１`, `十二`, `二十八`, `一百零五`,
 * and digit by digit for years (`二〇二一`). Returns null for anything else.
 */
export function readNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇○零一二两三四五六七八九十百]+$/u.test(ascii)) return null;
  if (!/[十百]/u.test(ascii)) {
    // Digit by digit: 二〇二一 → 2021.
    return Number([...ascii].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of ascii) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[ch];
    }
  }
  return total + current;
}
