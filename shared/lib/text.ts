/** Full-width ASCII forms (！ to ～) mapped to ASCII, except the brackets, which become full-width. */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

/**
 * Normalizes a label for matching: no white space of any width, ASCII digits, letters and dots,
 * and full-width brackets, so that `(一) 予以公开`, `（一）予以公开` and `（一）\n予以\n公开` agree.
 */
export function normalizeLabel(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/\s/u.test(ch) || ch === '\u00a0' || ch === '\u3000' || ch === '\u200b' || ch === '\ufeff') continue;
    const folded = foldWidth(ch);
    if (folded === '(') out += '（';
    else if (folded === ')') out += '）';
    else out += folded;
  }
  return out;
}

/** Collapses runs of white space (of any width) to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ').trim();
}

/** Converts full-width digits and signs to ASCII, leaving everything else. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９＋－．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
