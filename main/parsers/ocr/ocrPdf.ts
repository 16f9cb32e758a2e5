import type { PageGeometry } from '../pdf/geometry';
import { loadPdfjs } from '../pdf/readPdf';
import { pdfjsAssets } from '../pdf/pdfjsAssets';
import { ParseError } from '../parseError';
import { createOcrEngine } from './ocrEngine';
import { ocrPage, type OcrPageResult, type PageRaster } from './ocrPage';
import { composePage, placedImages } from './pageImage';
import type { QuarterTurn } from './raster';
import type { OcrHooks, OcrLimits } from './ocrLimits';

/** Resolution pages are rendered at for OCR: the scans' own 200–300 dpi, which tesseract likes. */
const RENDER_DPI = 300;

/**
 * Most pixels of one page's picture (about A2 at 300 dpi): a larger page is pictured at a lower
 * resolution, so that a poster-sized page cannot take the worker's memory.
 */
const MAX_PAGE_PIXELS = 36_000_000;

/**
 * Reads the given pages of a PDF by OCR: each page's picture is made from the images pdf.js
 * decodes (pageImage.ts: no canvas, so the packaged app can do it), then read by ocrPage. Pages
 * go one by one with progress before and after each; the page limit is checked first, and the
 * time limit and the cancel signal before each page, each with a Chinese message.
 */
export async function ocrPdfPages(bytes: Uint8Array, pages: readonly number[], limits: OcrLimits, hooks: OcrHooks = {}): Promise<Map<number, OcrPageResult>> {
  if (pages.length > limits.maxPages) {
    throw new ParseError(
      'too-large',
      `此 PDF 有 ${pages.length} 页是扫描图像，超过文字识别（OCR）的上限 ${limits.maxPages} 页，未读取。请只保留年度报告本身的页面后再打开。`,
    );
  }
  const cancelled = () => new ParseError('cancelled', '已取消文字识别（OCR）。');
  if (hooks.signal?.aborted) throw cancelled();
  const deadline = Date.now() + limits.timeoutMs;
  const pdfjs = await loadPdfjs();
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    password: '',
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    ...(assets.wasmUrl ? { wasmUrl: assets.wasmUrl } : {}),
    ...(assets.iccUrl ? { iccUrl: assets.iccUrl } : {}),
    isEvalSupported: false,
    // Decoded images come as plain pixel arrays (never ImageBitmaps), whatever the runtime has.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const engine = await createOcrEngine();
  const out = new Map<number, OcrPageResult>();
  try {
    const doc = await task.promise;
    // A page's picture and clean-up are JS on this thread, its reading is tesseract's worker
    // threads: the next page is pictured and cleaned while this one is read, so that both cores
    // work (two pages in flight at most; pages still finish, and are reported, in order).
    const begin = (n: number): { started: Promise<void>; result: Promise<OcrPageResult> } => {
      let started!: () => void;
      const startedP = new Promise<void>((resolve) => (started = resolve));
      const result = (async () => {
        try {
          const page = await doc.getPage(n);
          const raster = await pagePicture(pdfjs, page, n);
          page.cleanup();
          // ocrPage cleans the picture and finds the grid before its first await.
          const reading = ocrPage(raster, engine);
          started();
          return await reading;
        } finally {
          started();
        }
      })();
      // Awaited in turn below; one begun before a cancel or a timeout is dropped.
      result.catch(() => undefined);
      return { started: startedP, result };
    };
    let current: ReturnType<typeof begin> | null = null;
    for (const [index, n] of pages.entries()) {
      if (hooks.signal?.aborted) throw cancelled();
      if (Date.now() > deadline) {
        throw new ParseError('timeout', `扫描件文字识别（OCR）超过 ${Math.ceil(limits.timeoutMs / 1000)} 秒上限，读到第 ${n} 页时已停止。`);
      }
      hooks.onPageStart?.({ done: index, total: pages.length, page: n });
      current ??= begin(n);
      await current.started;
      const next = index + 1 < pages.length && !hooks.signal?.aborted ? begin(pages[index + 1]) : null;
      const result = await current.result;
      if (hooks.signal?.aborted) throw cancelled();
      out.set(n, result);
      hooks.onProgress?.({ done: index + 1, total: pages.length, page: n });
      current = next;
    }
    return out;
  } finally {
    await engine.terminate().catch(() => undefined);
    void task.destroy().catch(() => undefined);
  }
}

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

/** A /Rotate as a clockwise quarter turn (pdf.js gives it as a multiple of 90, maybe negative). */
function quarterTurn(degrees: number): QuarterTurn {
  const d = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return d as QuarterTurn;
}

/** A page's picture for OCR, as the PDF shows it (turned by its /Rotate): its images placed on white at RENDER_DPI (less for a huge page). */
export async function pagePicture(pdfjs: Pdfjs, page: PdfPage, n: number): Promise<PageRaster> {
  const [x0, y0, x1, y1] = page.view;
  const at = (dpi: number) => page.getViewport({ scale: dpi / 72 });
  const full = at(RENDER_DPI);
  const dpi = Math.min(RENDER_DPI, RENDER_DPI * Math.sqrt(MAX_PAGE_PIXELS / Math.max(1, full.width * full.height)));
  const viewport = at(dpi);
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const objs = page.objs as unknown as ObjectStore;
  const common = page.commonObjs as unknown as ObjectStore;
  const placed = await placedImages(ops, pdfjs.OPS, viewport.transform, (id) => new Promise((resolve) => (id.startsWith('g_') ? common : objs).get(id, resolve)));
  const picture = composePage(width, height, placed);
  return { page: n, rgba: picture.data, width, height, dpi, widthPt: x1 - x0, heightPt: y1 - y0, rotate: quarterTurn(page.rotate) };
}

interface ObjectStore {
  get(id: string, callback: (data: never) => void): void;
}

/** Pages whose text must come from OCR: they draw an image and carry (almost) no text. */
export function pagesNeedingOcr(pages: readonly PageGeometry[]): number[] {
  return pages.filter((p) => p.hasImage && p.runs.reduce((n, r) => n + r.text.trim().length, 0) < 10).map((p) => p.page);
}
