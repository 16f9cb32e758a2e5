import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * The font-program rebuilds pdf.js's worker does only so that a font can be drawn, which the
 * parser never does. Reading a Type1 or bare CFF font, pdf.js first takes from it what text
 * needs (glyph names, built-in encoding, widths: the parser objects, which stay), then compiles
 * it again as a whole CFF font program for drawing. The compiling was half of a warm parse of a
 * PDF set in Type1 fonts and a large part of the garbage of a batch (its arrays are what make the
 * review worker's full collections frequent). Each rebuild is replaced by an empty program.
 *
 * pdf.js-internal (5.x, pinned by package-lock): each text must appear exactly once in the
 * worker's source, or nothing is changed and pdf.js runs as shipped
 * (test/integration/pdfTextOnly.test.ts fails then, and compares every fixture both ways).
 */
export const FONT_PROGRAM_REBUILDS: ReadonlyArray<{ what: string; find: string; replace: string }> = [
  {
    what: 'Type1Font: the CFF program built from the Type1 charstrings',
    find: 'this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);',
    replace: 'this.data = [];',
  },
  {
    what: 'CFFFont: the CFF program compiled again after parsing',
    find: '      this.data = compiler.compile();\n',
    replace: '      this.data = [];\n',
  },
];

/** The worker's source with every rebuild replaced, or null when any text is not there exactly once. */
export function textOnlyWorkerSource(source: string): string | null {
  let out = source;
  for (const { find, replace } of FONT_PROGRAM_REBUILDS) {
    const at = out.indexOf(find);
    if (at < 0 || out.indexOf(find, at + find.length) >= 0) return null;
    out = out.slice(0, at) + replace + out.slice(at + find.length);
  }
  return out;
}

/** Set to 1 to read PDFs with pdf.js's worker as shipped, to compare (the tests do). */
export const FULL_FONTS_ENV = 'REVIEW_PDFJS_FULL_FONTS';

/**
 * Loads pdf.js's worker module for this thread: the text-only one where the source could be
 * changed (imported from a data: URL, so nothing is written to disk), else the module as shipped.
 */
export async function importPdfjsWorker(): Promise<{ module: unknown; textOnly: boolean }> {
  if (process.env[FULL_FONTS_ENV] !== '1') {
    try {
      const source = textOnlyWorkerSource(readFileSync(createRequire(import.meta.url).resolve(WORKER), 'utf8'));
      if (source !== null) {
        // Its source map's name means nothing beside a data: URL (with source maps on, Node
        // would fail to resolve it and refuse the module).
        const code = source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
        const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
        return { module: await import(/* @vite-ignore */ url), textOnly: true };
      }
    } catch {
      // Unreadable or not importable here: pdf.js as shipped reads the same, more slowly.
    }
  }
  return { module: await import('pdfjs-dist/legacy/build/pdf.worker.mjs'), textOnly: false };
}
