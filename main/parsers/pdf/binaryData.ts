import { readFile } from 'node:fs/promises';

type Kind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl' | 'iccUrl';

/** Files read so far, by full path: cMaps and font data never change while the app runs. */
const cache = new Map<string, Promise<Uint8Array>>();

/**
 * pdf.js's `BinaryDataFactory` for Node, reading the bundled cMaps, standard fonts and wasm from
 * disk once and keeping them in memory, so that a batch of hundreds of PDFs does not re-read
 * the same CMap for every file. Only the folders given by pdfjsAssets() are read.
 */
export class CachedBinaryDataFactory {
  private readonly bases: Partial<Record<Kind, string | null>>;

  constructor(bases: Partial<Record<Kind, string | null>>) {
    this.bases = bases;
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.bases[kind];
    if (!base) throw new Error(`pdf.js 资源目录未配置：${kind}`);
    if (filename.includes('..') || filename.includes('/') || filename.includes('\\')) throw new Error(`非法的资源文件名：${filename}`);
    const path = `${base}${filename}`;
    let pending = cache.get(path);
    if (!pending) {
      pending = readFile(path).then((buffer) => new Uint8Array(buffer));
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    // pdf.js may transfer (detach) what it gets, so every caller receives its own copy.
    return (await pending).slice();
  }
}
