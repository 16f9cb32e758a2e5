import { createRequire } from 'node:module';
import type Tesseract from 'tesseract.js';
import { availableParallelism, totalmem } from 'node:os';
import { OCR_LANGS, OSD_MODEL, traineddataDir, type OcrLang } from './ocrAssets';

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

/** Which way up a page lies: the clockwise turn (0, 90, 180, 270) that sets it upright. */
export interface Orientation {
  degrees: number;
  /** tesseract's margin of the best orientation over the next (about 0–30; above 2 is clear). */
  confidence: number;
}

/** tesseract.js workers with both models loaded, reading images by mode. */
export interface OcrEngine {
  read(image: Uint8Array, mode: OcrMode): Promise<OcrLine[]>;
  /** Which way up the text of a page image (at `dpi`) lies; null when it cannot tell (too little text). */
  orientation(image: Uint8Array, dpi: number): Promise<Orientation | null>;
  /** How many reads of a mode can run at once (workers holding its model). */
  parallel(mode: OcrMode): number;
  terminate(): Promise<void>;
}

/** How many workers per model: Chinese text is most of the reading, so it may get two. */
export interface OcrEngineOptions {
  chineseWorkers?: number;
}

// tesseract.js's PSM values: 3 automatic page layout, 6 one uniform block, 7 one line.
const MODES: Record<OcrMode, { lang: OcrLang; psm: string; whitelist: string }> = {
  text: { lang: 'chi_sim', psm: '3', whitelist: '' },
  block: { lang: 'chi_sim', psm: '6', whitelist: '' },
  digits: { lang: 'eng', psm: '7', whitelist: '0123456789+-.' },
  digitBlock: { lang: 'eng', psm: '6', whitelist: '0123456789+-.' },
};

/**
 * Chinese workers by default: two where there are two cores and the memory for a second copy
 * of the model (~250 MB), so that a page's labels and its text are read at once; else one.
 */
export function defaultChineseWorkers(cores = availableParallelism(), memory = totalmem()): number {
  return cores >= 2 && memory >= 4 * 1024 ** 3 ? 2 : 1;
}

interface Slot {
  worker: Tesseract.Worker;
  params: string;
  busy: boolean;
}

/**
 * Starts the tesseract.js workers (worker threads running the wasm core from node_modules):
 * one for English digits and one or two for Chinese, each model read from a folder on disk
 * with caching off: no URL is ever formed, so nothing is fetched and nothing is written beside
 * the program. One model per worker, because switching a worker's language reloads the model.
 * A read goes to a free worker of its model (one whose parameters already fit, if any), or
 * waits for one.
 */
export async function createOcrEngine(options: OcrEngineOptions = {}): Promise<OcrEngine> {
  const require = createRequire(import.meta.url);
  const tesseract = require('tesseract.js') as typeof Tesseract;
  const start = async (code: OcrLang): Promise<Slot> => {
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
    return { worker, params: '', busy: false };
  };
  // Orientation detection needs tesseract's legacy engine and its own model: a worker of its own,
  // started when a page first reads badly (most scans never need it: ~150 MB and a second spared).
  let orienter: Promise<Tesseract.Worker> | null = null;
  const startOrienter = (): Promise<Tesseract.Worker> =>
    tesseract.createWorker(OSD_MODEL, tesseract.OEM.TESSERACT_ONLY, {
      langPath: traineddataDir(OSD_MODEL),
      cacheMethod: 'none',
      gzip: true,
      legacyCore: true,
      legacyLang: true,
      logger: () => undefined,
      errorHandler: () => undefined,
    });
  const counts: Record<OcrLang, number> = { chi_sim: Math.max(1, options.chineseWorkers ?? defaultChineseWorkers()), eng: 1 };
  const started = await Promise.allSettled(OCR_LANGS.flatMap((code) => Array.from({ length: counts[code] }, () => start(code).then((slot) => [code, slot] as const))));
  const ready = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(ready.map(([, slot]) => slot.worker.terminate().catch(() => undefined)));
    throw failed.reason;
  }
  const pools: Record<OcrLang, Slot[]> = { chi_sim: [], eng: [] };
  for (const [code, slot] of ready) pools[code].push(slot);
  const waiting: Record<OcrLang, Array<(slot: Slot) => void>> = { chi_sim: [], eng: [] };

  const acquire = (lang: OcrLang, key: string): Promise<Slot> => {
    const free = pools[lang].filter((s) => !s.busy);
    const slot = free.find((s) => s.params === key) ?? free[0];
    if (slot) {
      slot.busy = true;
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => waiting[lang].push(resolve));
  };
  const release = (lang: OcrLang, slot: Slot): void => {
    const next = waiting[lang].shift();
    if (next) next(slot);
    else slot.busy = false;
  };

  return {
    async read(image, mode) {
      const m = MODES[mode];
      const key = `${m.psm}|${m.whitelist}`;
      const slot = await acquire(m.lang, key);
      try {
        if (slot.params !== key) {
          // debug_file: tesseract's remarks (`Detected 20 diacritics`) would go to our stdout, into the JSON.
          await slot.worker.setParameters({
            tessedit_pageseg_mode: m.psm as Tesseract.PSM,
            tessedit_char_whitelist: m.whitelist,
            preserve_interword_spaces: '1',
            user_defined_dpi: '300',
            debug_file: '/dev/null',
          });
          slot.params = key;
        }
        const { data } = await slot.worker.recognize(image as unknown as Buffer, {}, { text: false, blocks: true });
        return linesOf(data);
      } finally {
        release(m.lang, slot);
      }
    },
    async orientation(image, dpi) {
      try {
        orienter ??= startOrienter();
        const worker = await orienter;
        await worker.setParameters({ user_defined_dpi: String(Math.round(dpi)), debug_file: '/dev/null' });
        const { data } = await worker.detect(image as unknown as Buffer);
        const { orientation_degrees: degrees, orientation_confidence: confidence } = data;
        return degrees === null || confidence === null || ![0, 90, 180, 270].includes(degrees) ? null : { degrees, confidence };
      } catch {
        // A page tesseract cannot tell the way up of (an image it cannot take), or no model to
        // tell it by: the page is read as it lies.
        return null;
      }
    },
    parallel(mode) {
      return pools[MODES[mode].lang].length;
    },
    async terminate() {
      const orienting = await orienter?.catch(() => null);
      await Promise.all([...[...pools.chi_sim, ...pools.eng].map((s) => s.worker), ...(orienting ? [orienting] : [])].map((w) => w.terminate()));
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
