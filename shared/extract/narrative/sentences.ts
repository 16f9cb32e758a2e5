/** A sentence of a paragraph, with its character range in the paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a paragraph into sentences at 。！？； (full or half width) and line breaks, keeping the
 * end mark with its sentence, so that offsets can narrow the paragraph's anchor to one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；;!?\n]+[。！？；;!?]?/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = (m.index ?? 0) + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
