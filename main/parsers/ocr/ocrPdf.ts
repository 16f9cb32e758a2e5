import type { PageGeometry } from '../pdf/geometry';
import { loadPdfjs } from '../pdf/readPdf';
import { pdfjsAssets } from '../pdf/pdfjsAssets';
import { ParseError } from '../parseError';
import { createOcrEngine } from './ocrEngine';
import { ocrPage, type OcrPageResult } from './ocrPage';
import type { OcrHooks, OcrLimits } from './ocrLimits';

/** Resolution pages are rendered at for OCR: the scans' own 200–300 dpi, which tesseract likes. */
const RENDER_DPI = 300;

/**
 * Reads the given pages of a PDF by OCR: each is rendered with pdf.js (drawing on
 * @napi-rs/canvas), then read by ocrPage. Pages go one by one with progress after each; the
 * page limit is checked first and the time limit between pages, each with a Chinese message.
 */
export async function ocrPdfPages(bytes: Uint8Array, pages: readonly number[], limits: OcrLimits, hooks: OcrHooks = {}): Promise<Map<number, OcrPageResult>> {
  if (pages.length > limits.maxPages) {
    throw new ParseError(
      'too-large',
      `此 PDF 有 ${pages.length} 页是扫描图像，超过文字识别（OCR）的上限 ${limits.maxPages} 页，未读取。请只保留年度报告本身的页面后再打开。`,
    );
  }
  if (hooks.signal?.aborted) throw new ParseError('cancelled', '已取消文字识别（OCR）。');
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
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const engine = await createOcrEngine();
  const out = new Map<number, OcrPageResult>();
  try {
    const doc = await task.promise;
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    for (const [index, n] of pages.entries()) {
      if (hooks.signal?.aborted) throw new ParseError('cancelled', '已取消文字识别（OCR）。');
      if (Date.now() > deadline) {
        throw new ParseError('timeout', `扫描件文字识别（OCR）超过 ${Math.round(limits.timeoutMs / 1000)} 秒上限，读到第 ${n} 页时已停止。`);
      }
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const viewport = page.getViewport({ scale: RENDER_DPI / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      let canvas: CanvasAndContext;
      try {
        canvas = factory.create(width, height);
      } catch {
        throw new ParseError('unreadable', '此 PDF 是扫描件，但本机缺少渲染页面所需的组件（@napi-rs/canvas），无法进行文字识别（OCR）。');
      }
      // White first: a scan with transparent parts would otherwise read as black.
      canvas.context.fillStyle = '#ffffff';
      canvas.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: canvas.context, canvas: canvas.canvas, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
      const rgba = canvas.context.getImageData(0, 0, width, height).data;
      factory.destroy(canvas);
      page.cleanup();
      out.set(n, await ocrPage({ page: n, rgba, width, height, dpi: RENDER_DPI, widthPt: x1 - x0, heightPt: y1 - y0 }, engine));
      hooks.onProgress?.({ done: index + 1, total: pages.length, page: n });
    }
    return out;
  } finally {
    await engine.terminate().catch(() => undefined);
    void task.destroy().catch(() => undefined);
  }
}

interface CanvasAndContext {
  canvas: unknown;
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvas: CanvasAndContext): void;
}

/** Pages whose text must come from OCR: they draw an image and carry (almost) no text. */
export function pagesNeedingOcr(pages: readonly PageGeometry[]): number[] {
  return pages.filter((p) => p.hasImage && p.runs.reduce((n, r) => n + r.text.trim().length, 0) < 10).map((p) => p.page);
}
