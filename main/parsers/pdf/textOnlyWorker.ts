import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdf20Hash } from './pdf20Hash';

const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/**
 * What the parser changes in pdf.js's worker source as it loads it.
 *
 * The font-program rebuilds, done only so that a font can be drawn, which the parser never does.
 * Reading a Type1 or bare CFF font, pdf.js first takes from it what text needs (glyph names,
 * built-in encoding, widths: the parser objects, which stay), then compiles it again as a whole
 * CFF font program for drawing. The compiling was half of a warm parse of a PDF set in Type1 fonts
 * and a large part of the garbage of a batch. Each rebuild is replaced by an empty program. The
 * Type 2 charstrings that program was built from were still written, operand by operand, for
 * every glyph of every Type1 font (LibreOffice embeds its fonts so, and pdf.js reads the standard
 * fonts' data so): now only each command's first byte is noted, which keeps what is read from them
 * (whether a glyph draws anything); the width, side bearing and accent come from the operand
 * stack, which runs as before. 40 mixed reports allocate 696 MB instead of 776 MB; the sample
 * PDFs read in about 3 % less time. (Emptying the stack by a new array instead of `length = 0`
 * was no faster in the pool and raised its peak by ~40 MB.)
 *
 * The text state's copy at every `q` (save). pdf.js made each copy with the state copied as its
 * prototype: nested saves built prototype chains, every copy had a hidden class of its own, and
 * every read of the text state (font, matrices, spacing: the inner loop of text extraction) went
 * megamorphic. The copy is made on the class's prototype instead. Every field of the class is an
 * own property from its constructor and is copied, and the fields are all pdf.js ever sets on a
 * text state, so every read finds the same value as before; a warm parse of the fixture PDFs takes
 * about an eighth less time.
 *
 * The glyph repair of embedded TrueType fonts. For every font pdf.js rebuilt the whole glyf table,
 * glyph by glyph, with a sorted object per glyph; the fonts WPS embeds keep their full glyph count
 * (tens of thousands, most of them empty), so this was the largest cost of reading a WPS PDF. What
 * the rest of pdf.js takes from it is which glyphs are empty, which only chooses the codes a
 * drawn font would carry (toFontChar): the text comes from the Unicode mapping (ToUnicode,
 * encoding, glyph names) and the widths from the PDF. Marking every glyph empty changes no
 * fixture's text. The empty glyphs are now read from the loca table's offsets and glyf is left as it is.
 *
 * The password hash of AES-256 encryption (revision 6), done by Node's crypto (pdf20Hash.ts)
 * instead of pdf.js's JavaScript AES and SHA-2: the edited method calls the function this module
 * puts under PDF20_HASH on globalThis, and pdf.js's own code where there is none.
 *
 * The bundled CMaps, parsed once per thread. A PDF whose Chinese fonts are not embedded names
 * a bundled CMap (UniGB-UCS2-H, and Adobe-GB1-UCS2 for its Unicode), and pdf.js parsed both,
 * some 30,000 entries each, for every such document: most of a small file's parse. Each is now
 * parsed the first time it is named and each document gets a copy of it (its own map and ranges,
 * which pdf.js may change, e.g. when a ToUnicode names a bundled CMap). At most 8 are kept (a
 * report names one to three; a file naming all ~170 would otherwise fill the worker's heap). A map
 * of 4-byte codes (GBK2K, GB 18030) is sparse with a length in the billions: it is copied key by
 * key, as pdf.js walks it, since slice() would walk every index. The Unicode mapping pdf.js
 * then builds for such a font from the two (a lookup per character code) is kept with the parsed
 * CMap too, and each document gets a copy of it (pdf.js amends it for some fonts).
 *
 * pdf.js-internal (5.x, pinned by package-lock): each text must appear exactly once in the
 * worker's source, or nothing is changed and pdf.js runs as shipped
 * (test/integration/pdfTextOnly.test.ts fails then, and compares every fixture both ways).
 */
export const PDFJS_WORKER_EDITS: ReadonlyArray<{ what: string; find: string; replace: string }> = [
  {
    what: 'Type1Font: the CFF program built from the Type1 charstrings',
    find: 'this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);',
    replace: 'this.data = [];',
  },
  {
    what: 'Type1CharString.executeCommand: no Type 2 operands written, only which command ran',
    find:
      '    const start = stackLength - howManyArgs;\n' +
      '    for (let i = start; i < stackLength; i++) {\n' +
      '      let value = this.stack[i];\n' +
      '      if (Number.isInteger(value)) {\n' +
      '        this.output.push(28, value >> 8 & 0xff, value & 0xff);\n' +
      '      } else {\n' +
      '        value = 65536 * value | 0;\n' +
      '        this.output.push(255, value >> 24 & 0xff, value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);\n' +
      '      }\n' +
      '    }\n' +
      '    this.output.push(...command);\n' +
      '    if (keepStack) {\n' +
      '      this.stack.splice(start, howManyArgs);\n' +
      '    } else {\n' +
      '      this.stack.length = 0;\n' +
      '    }\n',
    replace:
      '    const start = stackLength - howManyArgs;\n' +
      '    this.output.push(command[0]);\n' +
      '    if (keepStack) {\n' +
      '      this.stack.splice(start, howManyArgs);\n' +
      '    } else {\n' +
      '      this.stack.length = 0;\n' +
      '    }\n',
  },
  {
    what: 'CFFFont: the CFF program compiled again after parsing',
    find: '      this.data = compiler.compile();\n',
    replace: '      this.data = [];\n',
  },
  {
    what: "TextState.clone: the copy's prototype is the class's, not the state copied",
    find: '    const clone = Object.assign(Object.create(this), this);\n    clone.textMatrix = this.textMatrix.slice();',
    replace: '    const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();',
  },
  {
    what: "PDF20._hash: Node's crypto through globalThis[PDF20_HASH]",
    find: 'class PDF20 extends PDFBase {\n  _hash(password, input, userBytes) {\n',
    replace:
      'class PDF20 extends PDFBase {\n  _hash(password, input, userBytes) {\n' +
      '    const native = globalThis[Symbol.for("report-review.pdf20Hash")];\n' +
      '    if (native) return native(password, input, userBytes);\n',
  },
  {
    what: 'createBuiltInCMap: each bundled CMap parsed once per thread, a copy handed out',
    find: 'async function createBuiltInCMap(name, fetchBuiltInCMap) {\n  if (name === "Identity-H") {',
    replace:
      'const builtInCMaps = new Map();\n' +
      'const builtInCMapSources = new WeakMap();\n' +
      'const builtInToUnicodes = new WeakMap();\n' +
      'function copyCodeMap(map) {\n' +
      '  if (map.length <= 0x10000) {\n' +
      '    return map.slice();\n' +
      '  }\n' +
      '  const copy = [];\n' +
      '  for (const code in map) {\n' +
      '    copy[code] = map[code];\n' +
      '  }\n' +
      '  return copy;\n' +
      '}\n' +
      'async function createBuiltInCMap(name, fetchBuiltInCMap) {\n' +
      '  if (name === "Identity-H" || name === "Identity-V" || !BUILT_IN_CMAPS.includes(name)) {\n' +
      '    return parseBuiltInCMap(name, fetchBuiltInCMap);\n' +
      '  }\n' +
      '  let parsed = builtInCMaps.get(name);\n' +
      '  if (!parsed) {\n' +
      '    if (builtInCMaps.size >= 8) {\n' +
      '      builtInCMaps.delete(builtInCMaps.keys().next().value);\n' +
      '    }\n' +
      '    parsed = parseBuiltInCMap(name, fetchBuiltInCMap);\n' +
      '    builtInCMaps.set(name, parsed);\n' +
      '    parsed.catch(() => builtInCMaps.delete(name));\n' +
      '  }\n' +
      '  const source = await parsed;\n' +
      '  const cMap = new CMap(true);\n' +
      '  cMap.codespaceRanges = source.codespaceRanges.map(ranges => ranges.slice());\n' +
      '  cMap.numCodespaceRanges = source.numCodespaceRanges;\n' +
      '  cMap._map = copyCodeMap(source._map);\n' +
      '  cMap.name = source.name;\n' +
      '  cMap.vertical = source.vertical;\n' +
      '  cMap.useCMap = source.useCMap;\n' +
      '  builtInCMapSources.set(cMap, source);\n' +
      '  return cMap;\n' +
      '}\n' +
      'async function parseBuiltInCMap(name, fetchBuiltInCMap) {\n  if (name === "Identity-H") {',
  },
  {
    what: "buildToUnicode: a bundled CMap's Unicode mapping reused (a copy) when its source was made once",
    find: '      const ucs2CMapName = Name.get(`${registry}-${ordering}-UCS2`);\n',
    replace:
      '      const ucs2CMapName = Name.get(`${registry}-${ordering}-UCS2`);\n' +
      '      const sharedCMap = builtInCMapSources.get(properties.cMap);\n' +
      '      const knownToUnicode = sharedCMap && builtInToUnicodes.get(sharedCMap)?.get(ucs2CMapName.name);\n' +
      '      if (knownToUnicode) {\n' +
      '        return new ToUnicodeMap(copyCodeMap(knownToUnicode));\n' +
      '      }\n',
  },
  {
    what: "buildToUnicode: keeps what it built from a bundled CMap's copy",
    find: '      return new ToUnicodeMap(toUnicode);\n    }\n    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);',
    replace:
      '      if (sharedCMap) {\n' +
      '        if (!builtInToUnicodes.has(sharedCMap)) {\n' +
      '          builtInToUnicodes.set(sharedCMap, new Map());\n' +
      '        }\n' +
      '        builtInToUnicodes.get(sharedCMap).set(ucs2CMapName.name, copyCodeMap(toUnicode));\n' +
      '      }\n' +
      '      return new ToUnicodeMap(toUnicode);\n    }\n    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);',
  },
  {
    what: 'checkAndRepair: which TrueType glyphs are empty, read from loca, without rebuilding glyf',
    find: '      const glyphsInfo = sanitizeGlyphLocations(tables.loca, tables.glyf, numGlyphs, isGlyphLocationsLong, hintsValid, dupFirstEntry, maxSizeOfInstructions);\n',
    replace: '      const glyphsInfo = emptyGlyphs(tables.loca.data, tables.glyf.data.length, numGlyphs, isGlyphLocationsLong, maxSizeOfInstructions);\n',
  },
  {
    what: 'checkAndRepair: emptyGlyphs, beside sanitizeGlyphLocations',
    find: '    function sanitizeGlyphLocations(loca, glyf, numGlyphs, isGlyphLocationsLong, hintsValid, dupFirstEntry, maxSizeOfInstructions) {\n',
    replace:
      '    function emptyGlyphs(loca, glyfLength, numGlyphs, isGlyphLocationsLong, maxSizeOfInstructions) {\n' +
      '      const at = i => {\n' +
      '        const o = i * (isGlyphLocationsLong ? 4 : 2);\n' +
      '        const offset = isGlyphLocationsLong ? (loca[o] << 24 | loca[o + 1] << 16 | loca[o + 2] << 8 | loca[o + 3]) >>> 0 : loca[o] << 9 | loca[o + 1] << 1;\n' +
      '        return Math.min(offset, glyfLength);\n' +
      '      };\n' +
      '      const missingGlyphs = new Uint8Array(numGlyphs);\n' +
      '      for (let i = 0, start = at(0); i < numGlyphs; i++) {\n' +
      '        const end = at(i + 1);\n' +
      '        if (!(end > start)) {\n' +
      '          missingGlyphs[i] = 1;\n' +
      '        }\n' +
      '        start = end;\n' +
      '      }\n' +
      '      return { missingGlyphs, maxSizeOfInstructions };\n' +
      '    }\n' +
      '    function sanitizeGlyphLocations(loca, glyf, numGlyphs, isGlyphLocationsLong, hintsValid, dupFirstEntry, maxSizeOfInstructions) {\n',
  },
];

/** Where the edited pdf.js finds pdf20Hash (the same key is written into its source above). */
export const PDF20_HASH = Symbol.for('report-review.pdf20Hash');

/** The worker's source with every edit made, or null when any text is not there exactly once. */
export function textOnlyWorkerSource(source: string): string | null {
  let out = source;
  for (const { find, replace } of PDFJS_WORKER_EDITS) {
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
 * changed, else the module as shipped. The changed source is imported from a file in a private
 * temporary folder, removed once it is loaded: a data: URL would stand in for the file's name in
 * every stack frame (megabytes each where source maps are on).
 */
export async function importPdfjsWorker(): Promise<{ module: unknown; textOnly: boolean }> {
  if (process.env[FULL_FONTS_ENV] !== '1') {
    let dir: string | undefined;
    try {
      const source = textOnlyWorkerSource(readFileSync(createRequire(import.meta.url).resolve(WORKER), 'utf8'));
      if (source !== null) {
        dir = mkdtempSync(join(tmpdir(), 'report-review-pdfjs-'));
        const file = join(dir, 'pdf.worker.text-only.mjs');
        // Its source map's name would lead nowhere from there.
        writeFileSync(file, source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n'), { mode: 0o600 });
        (globalThis as Record<symbol, unknown>)[PDF20_HASH] = pdf20Hash;
        return { module: await import(/* @vite-ignore */ pathToFileURL(file).href), textOnly: true };
      }
    } catch {
      // Unreadable, unwritable or not importable here: pdf.js as shipped reads the same, more slowly.
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  return { module: await import('pdfjs-dist/legacy/build/pdf.worker.mjs'), textOnly: false };
}
