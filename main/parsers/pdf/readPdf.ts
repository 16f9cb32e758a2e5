import type { ParseLimits } from '../types';
import { ParseError } from '../parseError';
import type { PageGeometry, TextRun } from './geometry';
import { segmentsFromOperators, type OpCodes } from './operatorSegments';
import { CachedBinaryDataFactory } from './binaryData';
import { installDomMatrix } from './domMatrix';
import { installInThreadDecompression } from './inThreadInflate';
import { pdfjsAssets } from './pdfjsAssets';
import { mayHoldTable } from './tablePages';
import { runsFromItem, type RawTextItem } from './textRuns';
import { sharedPdfWorker } from './sharedWorker';
import { importPdfjsWorker } from './textOnlyWorker';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type DocumentParams = Extract<Parameters<Pdfjs['getDocument']>[0], { ownerDocument?: unknown }>;

let pdfjsPromise: Promise<Pdfjs> | undefined;
let workerModule: Parameters<typeof sharedPdfWorker>[1] = {};
let textOnly = false;

/** Whether pdf.js's worker was loaded without its font-program rebuilds (textOnlyWorker.ts). */
export function pdfjsTextOnly(): boolean {
  return textOnly;
}

/**
 * Loads pdf.js once. Its worker module is registered as `globalThis.pdfjsWorker`, so the "fake"
 * in-thread worker pdf.js uses in Node never has to resolve a worker file at run time (which a
 * bundled main process could not).
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    // The legacy build bundles core-js, which on Node 20 replaces the native Array.prototype.push,
    // JSON.parse and JSON.stringify with much slower spec-edge-case polyfills for the whole
    // process (a third of pdf.js's own time went to that push). pdf.js needs none of those edge
    // cases, so the natives are put back; the polyfills that only add missing methods stay.
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    try {
      installDomMatrix(); // before pdf.js loads: see domMatrix.ts
      installInThreadDecompression(); // see inThreadInflate.ts
      const worker = await importPdfjsWorker(); // see textOnlyWorker.ts
      textOnly = worker.textOnly;
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker.module;
      workerModule = worker.module as typeof workerModule;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
      JSON.parse = natives.parse;
      JSON.stringify = natives.stringify;
    }
  })();
  return pdfjsPromise;
}

/** What the reader found in a PDF: page geometry, and whether any page paints images. */
export interface PdfContent {
  pages: PageGeometry[];
  pageCount: number;
  /** Pages that draw at least one image (a scan is images and no text), among pages whose operators were read. */
  imagePages: number;
  /** Pages whose operator list was built (the others held prose only: see mayHoldTable). */
  operatorPages: number;
}

/** How readPdf reads. */
export interface ReadPdfOptions {
  /**
   * Build every page's operator list, not only those of pages that may hold a table. Slower; the
   * tests compare both ways.
   */
  operatorsOnEveryPage?: boolean;
  /** Read through pdf.js's own per-document fake worker (it clones every message), not the shared one: the tests compare both. */
  pdfjsOwnWorker?: boolean;
}

/**
 * Reads every page's text runs and ruling segments with pdf.js, within the limits. Throws
 * ParseError with a Chinese message for encrypted, corrupt, oversized and slow files.
 */
export async function readPdf(bytes: Uint8Array, limits: ParseLimits, options: ReadPdfOptions = {}): Promise<PdfContent> {
  const pdfjs = await loadPdfjs();
  const deadline = Date.now() + limits.timeoutMs;
  const assets = pdfjsAssets();
  // pdf.js takes ownership of (and may detach) the buffer it is given, so it gets a copy.
  const worker = options.pdfjsOwnWorker ? null : sharedPdfWorker(pdfjs, workerModule);
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    ...(worker ? { worker } : {}),
    password: '', // an owner-password-only PDF opens with the empty user password
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    ...(assets.wasmUrl ? { wasmUrl: assets.wasmUrl } : {}),
    ...(assets.iccUrl ? { iccUrl: assets.iccUrl } : {}),
    BinaryDataFactory: CachedBinaryDataFactory,
    isEvalSupported: false,
    useSystemFonts: false,
    // Font faces are left "enabled" on purpose. With `disableFontFace: true` pdf.js's worker turns
    // every glyph that getOperatorList meets into a path (buildFontPaths) and posts each one to
    // this thread, for a canvas we never draw on: that was a third of the operator-list time.
    // Enabled, it only posts each font once; the main-thread side that would install it as a CSS
    // font face is switched off in readAll (disableFontInstall), and INERT_DOCUMENT catches it
    // should that switch ever miss. Text content and operators are the same either way.
    disableFontFace: false,
    // pdf.js types this as a DOM HTMLDocument; only the few members INERT_DOCUMENT has are used.
    ownerDocument: INERT_DOCUMENT as unknown as DocumentParams['ownerDocument'],
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ParseError('timeout', `PDF 解析超时（超过 ${Math.round(limits.timeoutMs / 1000)} 秒），已停止。文件可能过大或已损坏。`)),
      limits.timeoutMs,
    );
  });
  try {
    return await Promise.race([readAll(pdfjs, task, limits, deadline, options), timeout]);
  } catch (error) {
    throw toParseError(error);
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

async function readAll(pdfjs: Pdfjs, task: ReturnType<Pdfjs['getDocument']>, limits: ParseLimits, deadline: number, options: ReadPdfOptions): Promise<PdfContent> {
  const doc = await task.promise;
  disableFontInstall(doc);
  if (doc.numPages > limits.maxPages) {
    throw new ParseError('too-large', `PDF 共 ${doc.numPages} 页，超过上限 ${limits.maxPages} 页，不像一份年度报告，未读取。`);
  }
  const ops = pdfjs.OPS as unknown as OpCodes & {
    paintImageXObject: number;
    paintImageMaskXObject: number;
    paintInlineImageXObject: number;
    paintImageXObjectRepeat: number;
  };
  const imageOps = new Set([ops.paintImageXObject, ops.paintImageMaskXObject, ops.paintInlineImageXObject, ops.paintImageXObjectRepeat]);
  const pages: PageGeometry[] = [];
  let imagePages = 0;
  let operatorPages = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() > deadline) throw new ParseError('timeout', `PDF 解析超时：读到第 ${n} 页时超过时间上限，已停止。`);
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent({ includeMarkedContent: false });
    const runs: TextRun[] = [];
    for (const item of content.items) if ('str' in item) runs.push(...runsFromItem(item as RawTextItem));
    // The operator list (every drawing operator, images decoded) is most of pdf.js's time; only
    // its ruling lines and whether it paints an image are used, and only a page that may hold a
    // table, or has too little text not to be a scan, needs them (see mayHoldTable).
    let segments: PageGeometry['segments'] = [];
    let hasImage = false;
    if (options.operatorsOnEveryPage || mayHoldTable(runs)) {
      const operators = await page.getOperatorList();
      operatorPages++;
      segments = segmentsFromOperators(operators.fnArray, operators.argsArray, ops);
      hasImage = operators.fnArray.some((fn) => imageOps.has(fn));
      if (hasImage) imagePages++;
    }
    pages.push({ page: n, width: x1 - x0, height: y1 - y0, runs, segments, hasImage });
    page.cleanup();
  }
  return { pages, pageCount: doc.numPages, imagePages, operatorPages };
}

/**
 * Stands in for the DOM pdf.js would install font faces into (Node has none). Only reached if
 * disableFontInstall could not switch the font loader off; it then swallows the `@font-face`
 * rule, instead of pdf.js failing on `document` and falling back to building glyph paths.
 */
const INERT_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

/**
 * Makes the main-thread font loader a no-op for this document: it would otherwise base64-encode
 * every embedded font into a CSS rule (a tenth of the whole parse) although nothing is drawn.
 * `_transport.fontLoader` is pdf.js-internal (5.x, pinned); when it is missing the loader runs
 * against INERT_DOCUMENT, slower but with the same result.
 */
function disableFontInstall(doc: unknown): void {
  const loader = (doc as { _transport?: { fontLoader?: { bind?: unknown } } })._transport?.fontLoader;
  if (loader && typeof loader.bind === 'function') loader.bind = async (): Promise<void> => undefined;
}

function toParseError(error: unknown): ParseError {
  if (error instanceof ParseError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new ParseError('encrypted', 'PDF 已加密，需要打开密码，无法读取。请向发布单位索取未加密的版本，或先用密码打开并另存为不加密的 PDF。');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|Missing PDF|startxref|XRef/i.test(message)) {
    return new ParseError('corrupt', `PDF 文件已损坏或不完整，无法读取（${message}）。`);
  }
  return new ParseError('corrupt', `PDF 无法读取：${message}`);
}
