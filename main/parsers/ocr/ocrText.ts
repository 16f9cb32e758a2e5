/** One Chinese character (the CJK unified ideographs and extension A). */
export const HAN = /[\u3400-\u9fff]/u;

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/**
 * Tidies tesseract's Chinese output: it puts a space between every two Chinese characters and
 * around Chinese punctuation; Chinese is written without them. Spaces between Latin words and
 * numbers stay, line ends go.
 */
export function cleanOcrText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, '')
    .replace(SPACE_NEAR_CJK, '')
    .replace(/\s+/g, ' ')
    .trim();
}
