import { isCjk, joinWrapped, type TextLine } from './lines';

/** A paragraph as a list of its lines (one anchor rectangle each). */
export interface LineParagraph {
  lines: TextLine[];
  text: string;
}

/**
 * Re-joins lines into paragraphs. A line starts a new paragraph when it is indented (first-line
 * indent of Chinese body text), when the line before it stopped short of the right margin, when
 * the font size changes, or when the vertical gap is much larger than the usual line pitch.
 * `left`/`right` are the text margins of the page (or column) the lines come from.
 */
export function linesToParagraphs(lines: readonly TextLine[], left: number, right: number): LineParagraph[] {
  const pitch = usualPitch(lines);
  const out: TextLine[][] = [];
  let prev: TextLine | undefined;
  for (const line of lines) {
    const current = out[out.length - 1];
    if (!prev || !current || startsParagraph(prev, line, left, right, pitch)) out.push([line]);
    else current.push(line);
    prev = line;
  }
  return out.map((group) => ({ lines: group, text: joinWrapped(group.map((l) => l.text)) }));
}

/** True when `line` (the first of a page) continues the paragraph whose last line is `prev`. */
export function continuesAcrossPages(prev: TextLine, prevRight: number, line: TextLine, left: number): boolean {
  return !endsShort(prev, prevRight) && !isIndented(line, left) && Math.abs(prev.size - line.size) < 1;
}

function startsParagraph(prev: TextLine, line: TextLine, left: number, right: number, pitch: number): boolean {
  if (line.runs.some((r) => r.vertical) || prev.runs.some((r) => r.vertical)) return true;
  if (Math.abs(prev.size - line.size) >= 1) return true;
  if (isIndented(line, left) || endsShort(prev, right)) return true;
  const gap = prev.bottom - line.top;
  return pitch > 0 && prev.top - line.top > pitch * 1.6 && gap > line.size * 0.5;
}

function isIndented(line: TextLine, left: number): boolean {
  return line.left > left + line.size * 1.2;
}

function endsShort(line: TextLine, right: number): boolean {
  // A line ending in sentence punctuation a little before the margin also ends the paragraph.
  const last = line.text[line.text.length - 1] ?? '';
  const slack = /[。：:；;！!？?]/.test(last) ? line.size * 0.9 : line.size * 2;
  return line.right < right - slack && (isCjk(last) || /\S/.test(last));
}

/** The median distance between the tops of consecutive lines of the same size. */
function usualPitch(lines: readonly TextLine[]): number {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i - 1].top - lines[i].top;
    if (d > 0 && Math.abs(lines[i - 1].size - lines[i].size) < 1) pitches.push(d);
  }
  if (pitches.length === 0) return 0;
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)];
}
