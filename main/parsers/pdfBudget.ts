// The PDF budgets (issue 9), checked on the file's bytes before pdf.js builds anything: the page
// count the page tree declares, the inflated size of every content stream, and the drawing
// operators of every page, counted as pdf.js would run them: all of the page's content streams
// (the same stream may be listed many times) and every form XObject it paints with `Do`, as
// often as it paints it, forms inside forms included. One small stream that paints a form a
// thousand times, or a page listing one stream a thousand times, is a page of a thousand forms.
//
// This is a light reading of the file, not a PDF parser: objects are found by their `obj`
// keywords, dictionaries in object streams are read too, streams with other filters than Flate
// (or with predictors) are left to pdf.js, and the worker's heap ceiling and hard time limit
// (main/documents/reviewSlot.ts) stay behind it as the last stop.
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { BUDGETS, countOperators, mb, tooLarge } from './budgets';

/** One object of the file: its dictionary (or whole body) as latin1 text, and its stream's data. */
interface PdfObject {
  body: string;
  stream?: { start: number; end: number };
}

/** What a content stream draws: its operators, and the XObjects it paints by name (with counts). */
interface StreamCount {
  operators: number;
  paints: Map<string, number>;
}

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Reads `N G` backwards from just before `obj` at `at`; the object number or -1. */
function objectNumberBefore(buf: Buffer, at: number): number {
  let i = at - 1;
  const skipWhite = () => {
    const from = i;
    while (i >= 0 && isWhite(buf[i]) && from - i < 64) i--;
    return from !== i;
  };
  const digitsBack = () => {
    const end = i;
    while (i >= 0 && isDigit(buf[i]) && end - i < 10) i--;
    return end !== i ? Number(buf.toString('latin1', i + 1, end + 1)) : -1;
  };
  if (!skipWhite()) return -1;
  if (digitsBack() < 0 || !skipWhite()) return -1;
  return digitsBack();
}

/** Every object of the file by number (a later definition replaces an earlier one, as in an update). */
function readObjects(buf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  let at = buf.indexOf('obj');
  while (at >= 0) {
    const isEnd = at >= 3 && buf.toString('latin1', at - 3, at) === 'end';
    const num = isEnd ? -1 : objectNumberBefore(buf, at);
    if (num < 0) {
      at = buf.indexOf('obj', at + 3);
      continue;
    }
    const bodyStart = at + 3;
    const endobj = buf.indexOf('endobj', bodyStart);
    // `stream` is looked for only up to this object's end (a search to the next stream of the
    // file from every small object would be quadratic).
    const within = buf.subarray(bodyStart, endobj < 0 ? Math.min(buf.length, bodyStart + 65_536) : endobj).indexOf('stream');
    const streamAt = within < 0 ? -1 : bodyStart + within;
    if (streamAt >= 0) {
      let start = streamAt + 6;
      if (buf[start] === 0x0d) start++;
      if (buf[start] === 0x0a) start++;
      const end = buf.indexOf('endstream', start);
      objects.set(num, { body: buf.toString('latin1', bodyStart, streamAt), stream: { start, end: end < 0 ? buf.length : end } });
      at = buf.indexOf('obj', end < 0 ? buf.length : end + 9);
    } else {
      const end = endobj < 0 ? Math.min(buf.length, bodyStart + 65_536) : endobj;
      objects.set(num, { body: buf.toString('latin1', bodyStart, end) });
      at = buf.indexOf('obj', end + 6);
    }
  }
  return objects;
}

/** The `<< … >>` that starts at `from` (balanced, strings skipped), or '' if there is none. */
function dictAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (!text.startsWith('<<', i)) return '';
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '(') {
      // A literal string: skip to its closing parenthesis (nested ones and escapes counted).
      let nest = 1;
      for (j++; j < text.length && nest > 0; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '(') nest++;
        else if (text[j] === ')') nest--;
      }
      j--;
    } else if (c === '<' && text[j + 1] === '<') {
      depth++;
      j++;
    } else if (c === '>' && text[j + 1] === '>') {
      depth--;
      j++;
      if (depth === 0) return text.slice(i, j + 1);
    }
  }
  return text.slice(i);
}

/** The value of `/key` at the top level of a dictionary: a reference, an inline dictionary or an array's text. */
function valueOf(dict: string, key: string): { ref?: number; dict?: string; array?: string; int?: number } | null {
  // Only keys at nesting depth 1 count: a page's /Resources, not one inside its /Group.
  let depth = 0;
  for (let i = 0; i < dict.length; i++) {
    const c = dict[i];
    if (c === '<' && dict[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && dict[i + 1] === '>') {
      depth--;
      i++;
    } else if (c === '(') {
      let nest = 1;
      for (i++; i < dict.length && nest > 0; i++) {
        if (dict[i] === '\\') i++;
        else if (dict[i] === '(') nest++;
        else if (dict[i] === ')') nest--;
      }
      i--;
    } else if (c === '/' && depth === 1 && dict.startsWith(key, i + 1) && !/[^\s/<>[\]()%{}]/.test(dict[i + 1 + key.length] ?? ' ')) {
      const rest = dict.slice(i + 1 + key.length, i + 1 + key.length + 4096);
      const ref = /^\s*(\d{1,10})\s+\d{1,5}\s+R/.exec(rest);
      if (ref) return { ref: Number(ref[1]) };
      const int = /^\s*(\d{1,12})(?![\d.])/.exec(rest);
      if (int) return { int: Number(int[1]) };
      if (/^\s*<</.test(rest)) return { dict: dictAt(dict, i + 1 + key.length) };
      if (/^\s*\[/.test(rest)) {
        const open = dict.indexOf('[', i);
        const close = dict.indexOf(']', open);
        return { array: dict.slice(open + 1, close < 0 ? dict.length : close) };
      }
      return null;
    }
  }
  return null;
}

const refsIn = (text: string): number[] => [...text.matchAll(/(\d{1,10})\s+\d{1,5}\s+R/g)].map((m) => Number(m[1]));

/** The XObjects a resource dictionary names: name → object number. */
function xobjectsOf(objects: Map<number, PdfObject>, resources: string): Map<string, number> {
  const names = new Map<string, number>();
  const value = valueOf(resources, 'XObject');
  const dict = value?.ref !== undefined ? (objects.get(value.ref)?.body ?? '') : (value?.dict ?? '');
  for (const m of dict.matchAll(/\/([^\s/<>[\]()%{}]{1,127})\s*(\d{1,10})\s+\d{1,5}\s+R/g)) names.set(m[1], Number(m[2]));
  return names;
}

/** An object's dictionary text: the `<< … >>` of its body. */
const dictOf = (object: PdfObject | undefined): string => (object ? dictAt(object.body, 0) : '');

/** The dictionaries held in the object streams, added to `objects`. */
function readObjectStreams(buf: Buffer, objects: Map<number, PdfObject>): void {
  for (const object of [...objects.values()]) {
    if (!object.stream || !/\/Type\s*\/ObjStm/.test(object.body)) continue;
    const data = inflate(buf, object);
    if (!data) continue;
    const dict = dictOf(object);
    const n = valueOf(dict, 'N')?.int ?? 0;
    const first = valueOf(dict, 'First')?.int ?? 0;
    const text = data.toString('latin1');
    const header = text.slice(0, first).trim().split(/\s+/).map(Number);
    for (let k = 0; k < n && 2 * k + 1 < header.length; k++) {
      const from = first + header[2 * k + 1];
      const to = 2 * k + 3 < header.length ? first + header[2 * k + 3] : text.length;
      if (!objects.has(header[2 * k]) || !objects.get(header[2 * k])?.stream) objects.set(header[2 * k], { body: text.slice(from, to) });
    }
  }
}

/**
 * A Flate stream's data, stopped at the byte budget (a budget error if it goes past); null for
 * streams this reading leaves to pdf.js (other filters, predictors, damaged data).
 */
function inflate(buf: Buffer, object: PdfObject, index?: number): Buffer | null {
  const dict = object.body;
  const { start, end } = object.stream ?? { start: 0, end: 0 };
  if (!/\/Filter/.test(dict)) return buf.subarray(start, end);
  if (!/\/FlateDecode/.test(dict) || /\/DecodeParms|\/Filter\s*\[[^\]]*\/\w+[^\]]*\/\w+/.test(dict)) return null;
  try {
    // Raw inflate past the 2-byte zlib header: like pdf.js, ignore the checksum (a forged one
    // must not skip the budget), and Z_SYNC_FLUSH tolerates a truncated stream.
    return inflateRawSync(buf.subarray(start + 2, end), { maxOutputLength: BUDGETS.pdfStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      tooLarge(
        `PDF 中${index === undefined ? '一个' : `第 ${index} 个`}内容流解压后超过 ${mb(BUDGETS.pdfStreamBytes)} MB 的上限（压缩时 ${mb(end - start)} MB）；` +
          '正常页面的内容流不到 1 MB，文件可能是恶意构造的，未读取。',
      );
    }
    try {
      return inflateSync(buf.subarray(start, end), { maxOutputLength: BUDGETS.pdfStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      return null; // damaged: pdf.js decides what it can still read
    }
  }
}

/** The names a content stream paints with `Do`, and how often. */
function paintsOf(content: Buffer): Map<string, number> {
  const paints = new Map<string, number>();
  const text = content.toString('latin1');
  for (const m of text.matchAll(/\/([^\s/<>[\]()%{}]{1,127})\s*Do(?![^\s/<>[\]()%{}])/g)) paints.set(m[1], (paints.get(m[1]) ?? 0) + 1);
  return paints;
}

const CAP = 1e15;

/** Streams that hold no drawing operators: images, fonts, cross-reference and object streams, embedded files, metadata. */
const NOT_CONTENT = /\/Subtype\s*\/Image|\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|EmbeddedFile|Metadata)|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType|XML)/;

/**
 * Refuses a PDF beyond the budgets: more pages declared than `maxPages`, a content stream that
 * inflates past the byte budget, or a page whose operators (its streams and the forms it paints,
 * each as often as painted) pass the per-page budget.
 */
export function checkPdfBudget(bytes: Uint8Array, maxPages = 500): void {
  measurePdf(bytes, maxPages, true);
}

/** What the budgets measure of a PDF: the page count declared, each page's operators as counted. */
export interface PdfMeasure {
  declaredPages: number;
  pageOperators: number[];
}

/** Measures a PDF (see checkPdfBudget), refusing it at the first budget passed when `enforce`. */
export function measurePdf(bytes: Uint8Array, maxPages = 500, enforce = false): PdfMeasure {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const objects = readObjects(buf);
  readObjectStreams(buf, objects);

  // The page count the page tree declares: the root's /Count (the largest of them).
  let declared = 0;
  const pageNodes: number[] = [];
  let root = -1;
  for (const [num, object] of objects) {
    if (object.stream) continue;
    const dict = dictOf(object);
    if (/\/Type\s*\/Pages(?![^\s/<>[\]()%{}])/.test(dict)) {
      const count = valueOf(dict, 'Count')?.int ?? 0;
      if (count > declared) {
        declared = count;
        root = num;
      }
    } else if (/\/Type\s*\/Page(?![^\s/<>[\]()%{}])/.test(dict)) pageNodes.push(num);
  }
  if (enforce && declared > maxPages) {
    tooLarge(`PDF 的页面目录声明共 ${declared.toLocaleString('en-US')} 页，超过 ${maxPages} 页的上限，不像一份年度报告，未读取。`);
  }

  // Every content stream's operators and paints, counted once (the byte budget checked here).
  const counts = new Map<number, StreamCount | null>();
  let index = 0;
  const countOf = (num: number): StreamCount | null => {
    if (counts.has(num)) return counts.get(num) ?? null;
    const object = objects.get(num);
    let count: StreamCount | null = null;
    if (object?.stream && !NOT_CONTENT.test(object.body)) {
      const data = inflate(buf, object, ++index);
      if (data) count = { operators: countOperators(data), paints: paintsOf(data) };
    }
    counts.set(num, count);
    return count;
  };

  // Operators a stream runs with its forms expanded, under the XObjects its resources name.
  const totals = new Map<string, number>();
  const running = new Set<number>();
  const totalOf = (num: number, inherited: Map<string, number>): number => {
    const count = countOf(num);
    if (!count) return 0;
    const own = valueOf(dictOf(objects.get(num)), 'Resources');
    const resources = own?.ref !== undefined ? dictOf(objects.get(own.ref)) : own?.dict;
    const names = resources ? xobjectsOf(objects, resources) : inherited;
    const key = `${num}:${resources ? 'own' : [...names].join(',')}`;
    const known = totals.get(key);
    if (known !== undefined) return known;
    if (running.has(num)) return 0; // a form that paints itself: pdf.js stops there too
    running.add(num);
    let total = count.operators;
    for (const [name, times] of count.paints) {
      const form = names.get(name);
      if (form !== undefined && /\/Subtype\s*\/Form/.test(objects.get(form)?.body ?? '')) total += times * totalOf(form, names);
      if (total > CAP) break;
    }
    running.delete(num);
    total = Math.min(total, CAP);
    totals.set(key, total);
    return total;
  };

  // The pages in their order: the page tree walked from its root (every page object if none).
  const pages: number[] = [];
  if (root >= 0) {
    const stack = [root];
    const seen = new Set<number>();
    while (stack.length > 0 && pages.length <= maxPages) {
      const num = stack.pop() as number;
      if (seen.has(num)) continue;
      seen.add(num);
      const dict = dictOf(objects.get(num));
      if (/\/Type\s*\/Pages(?![^\s/<>[\]()%{}])/.test(dict)) {
        const kids = valueOf(dict, 'Kids');
        const list = kids?.array ?? (kids?.ref !== undefined ? (objects.get(kids.ref)?.body ?? '') : '');
        stack.push(...refsIn(list).reverse());
      } else pages.push(num);
    }
  }
  if (pages.length === 0) pages.push(...pageNodes);

  const pageOperators: number[] = [];
  pages.forEach((num, i) => {
    // The page's resources, inherited from its ancestors when it has none.
    let resources: string | undefined;
    for (let node: number | undefined = num, up = 0; node !== undefined && up < 32 && resources === undefined; up++) {
      const dict = dictOf(objects.get(node));
      const value = valueOf(dict, 'Resources');
      resources = value?.ref !== undefined ? dictOf(objects.get(value.ref)) : value?.dict;
      node = valueOf(dict, 'Parent')?.ref;
    }
    const names = resources ? xobjectsOf(objects, resources) : new Map<string, number>();
    const contents = valueOf(dictOf(objects.get(num)), 'Contents');
    let streams: number[] = [];
    if (contents?.array !== undefined) streams = refsIn(contents.array);
    else if (contents?.ref !== undefined) {
      const target = objects.get(contents.ref);
      streams = target?.stream ? [contents.ref] : refsIn(target?.body ?? '');
    }
    // Annotations' appearance streams are drawn with the page.
    const annots = valueOf(dictOf(objects.get(num)), 'Annots');
    const annotRefs = annots?.array !== undefined ? refsIn(annots.array) : annots?.ref !== undefined ? refsIn(objects.get(annots.ref)?.body ?? '') : [];
    for (const annot of annotRefs.slice(0, 10_000)) {
      const ap = valueOf(dictOf(objects.get(annot)), 'AP');
      const apDict = ap?.ref !== undefined ? dictOf(objects.get(ap.ref)) : ap?.dict;
      const normal = apDict ? valueOf(apDict, 'N') : null;
      if (normal?.ref !== undefined) streams.push(...(objects.get(normal.ref)?.stream ? [normal.ref] : refsIn(dictOf(objects.get(normal.ref)))));
      else if (normal?.dict) streams.push(...refsIn(normal.dict));
    }
    let operators = 0;
    for (const stream of streams) operators = Math.min(CAP, operators + totalOf(stream, names));
    pageOperators.push(operators);
    if (enforce && operators > BUDGETS.pdfPageOperators) {
      const amount = operators >= CAP ? '无数' : `约 ${operators.toLocaleString('en-US')} 个`;
      tooLarge(
        `PDF 第 ${i + 1} 页含${amount}绘制指令（其内容流与反复引用的表单合计），超过每页 ${BUDGETS.pdfPageOperators.toLocaleString('en-US')} 个的上限；` +
          '正常页面只有几万个，文件可能是恶意构造的，未读取。',
      );
    }
  });

  // Streams no page reaches (forms of annotations, orphans): each still within the budgets.
  for (const [num, object] of objects) {
    if (!object.stream) continue;
    const count = countOf(num);
    if (enforce && count && count.operators > BUDGETS.pdfPageOperators) {
      tooLarge(
        `PDF 中一个内容流含约 ${count.operators.toLocaleString('en-US')} 个绘制指令，超过每页 ${BUDGETS.pdfPageOperators.toLocaleString('en-US')} 个的上限；文件可能是恶意构造的，未读取。`,
      );
    }
  }
  return { declaredPages: declared, pageOperators };
}
