import { createRequire } from 'node:module';
import type Tesseract from 'tesseract.js';
import { OCR_LANGS, traineddataDir } from './ocrAssets';

/** A word as tesseract read it: text, confidence 0–100 and box in the image's pixels. */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line of words as tesseract read it. */
export interface OcrLine extends OcrWord {
  words: OcrWord[];
}

/** How to read an image: Chinese text (a page or a block of label cells), or digits on one line. */
export type OcrMode = 'text' | 'block' | 'digits' | 'digitBlock';

/** One tesseract.js worker with both models loaded, reading images by mode. */
export interface OcrEngine {
  read(image: Uint8Array, mode: OcrMode): Promise<OcrLine[]>;
  terminate(): Promise<void>;
}

// tesseract.js's PSM values: 3 automatic page layout, 6 one uniform block, 7 one line.
const MODES: Record<OcrMode, { lang: string; psm: string; whitelist: string }> = {
  text: { lang: 'chi_sim', psm: '3', whitelist: '' },
  block: { lang: 'chi_sim', psm: '6', whitelist: '' },
  digits: { lang: 'eng', psm: '7', whitelist: '0123456789+-.' },
  digitBlock: { lang: 'eng', psm: '6', whitelist: '0123456789+-.' },
};

/**
 * Starts two tesseract.js workers (worker threads running the wasm core from node_modules), one
 * per model, each model read from a folder on disk with caching off: no URL is ever formed, so
 * nothing is fetched and nothing is written beside the program. Two workers, because
 * switching a worker's language reloads the model; they also let the two cores work at once.
 */
export async function createOcrEngine(): Promise<OcrEngine> {
  const require = createRequire(import.meta.url);
  const tesseract = require('tesseract.js') as typeof Tesseract;
  const start = async (code: (typeof OCR_LANGS)[number]) => {
    // A folder path (not a URL) makes tesseract.js's Node worker read `<dir>/<code>.traineddata.gz`
    // with fs. (Handing the data over as { code, data } would be tidier, but 7.0.0 then passes
    // the data where the code belongs when it initialises.)
    const worker = await tesseract.createWorker(code, tesseract.OEM.LSTM_ONLY, {
      langPath: traineddataDir(code),
      cacheMethod: 'none',
      gzip: true,
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    return { worker, params: '' };
  };
  const workers = new Map(await Promise.all(OCR_LANGS.map(async (code) => [code, await start(code)] as const)));
  return {
    async read(image, mode) {
      const m = MODES[mode];
      const w = workers.get(m.lang as (typeof OCR_LANGS)[number]);
      if (!w) throw new Error(`No OCR worker for language ${m.lang}`);
      const key = `${m.psm}|${m.whitelist}`;
      if (w.params !== key) {
        // debug_file: tesseract's remarks (`Detected 20 diacritics`) would go to our stdout, into the JSON.
        await w.worker.setParameters({
          tessedit_pageseg_mode: m.psm as Tesseract.PSM,
          tessedit_char_whitelist: m.whitelist,
          preserve_interword_spaces: '1',
          user_defined_dpi: '300',
          debug_file: '/dev/null',
        });
        w.params = key;
      }
      const { data } = await w.worker.recognize(image as unknown as Buffer, {}, { text: false, blocks: true });
      return linesOf(data);
    },
    async terminate() {
      await Promise.all([...workers.values()].map((w) => w.worker.terminate()));
    },
  };
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        out.push({
          text: line.text.replace(/\n$/, ''),
          confidence: line.confidence,
          ...line.bbox,
          words: line.words.map((w) => ({ text: w.text, confidence: w.confidence, ...w.bbox })),
        });
      }
    }
  }
  return out;
}
