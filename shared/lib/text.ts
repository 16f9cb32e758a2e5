const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/gu;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

/**
 * Normalizes a label for matching: no white space of any width, ASCII digits, letters and dots,
 * and full-width brackets, so that `(一) 予以公开`, `（一）予以公开` and `（一）\n予以\n公开` agree.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(SPACE, '')
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Collapses runs of white space (of any width) to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ').trim();
}

/** Converts full-width digits and signs to ASCII, leaving everything else. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９＋－．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
