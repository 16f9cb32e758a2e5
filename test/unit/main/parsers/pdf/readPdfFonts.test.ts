import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../../../../../main/parsers/pdf/readPdf';
import { DirectLoopbackPort } from '../../../../../main/parsers/pdf/sharedWorker';
import { DEFAULT_LIMITS } from '../../../../../main/parsers/types';
import { samplePath } from '../../../../helpers/fixtures';

// readPdf keeps pdf.js's font faces enabled so that its in-thread worker never builds and posts
// glyph paths (a third of the operator-list time), and switches the main-thread font loader off.
// Both rest on pdf.js internals: should an update change them, this fails instead of the parser
// silently slowing down. Every message between the API and pdf.js's own fake worker is
// structured-cloned, so a spy on structuredClone sees them all; the shared worker's messages all
// pass DirectLoopbackPort.postMessage.
const sample = samplePath('001-lingang-innovation-2020', 'pdf');

describe.skipIf(!existsSync(sample))('readPdf and pdf.js fonts', () => {
  afterEach(() => vi.restoreAllMocks());

  const record = (kinds: string[], value: unknown): void => {
    const message = value as { action?: string; data?: unknown[] } | null;
    if (message?.action === 'commonobj' && typeof message.data?.[1] === 'string') kinds.push(message.data[1]);
    if (message?.action === 'FontFallback') kinds.push('FontFallback');
  };

  it('posts each embedded font once and no glyph paths, with rulings read (pdf.js’s own worker)', async () => {
    const kinds: string[] = [];
    const clone = globalThis.structuredClone;
    vi.spyOn(globalThis, 'structuredClone').mockImplementation((value: unknown, options?: StructuredSerializeOptions) => {
      record(kinds, value);
      return clone(value, options);
    });
    const content = await readPdf(new Uint8Array(readFileSync(sample)), DEFAULT_LIMITS, { pdfjsOwnWorker: true });
    expect(kinds).toContain('Font');
    expect(kinds).not.toContain('FontPath');
    expect(kinds).not.toContain('FontFallback');
    expect(content.pages.some((p) => p.segments.length > 0)).toBe(true);
  });

  it('posts each embedded font once and no glyph paths, with rulings read (the shared worker)', async () => {
    const kinds: string[] = [];
    const post = DirectLoopbackPort.prototype.postMessage;
    vi.spyOn(DirectLoopbackPort.prototype, 'postMessage').mockImplementation(function (this: DirectLoopbackPort, message: unknown) {
      record(kinds, message);
      post.call(this, message);
    });
    const content = await readPdf(new Uint8Array(readFileSync(sample)), DEFAULT_LIMITS);
    expect(kinds).toContain('Font');
    expect(kinds).not.toContain('FontPath');
    expect(kinds).not.toContain('FontFallback');
    expect(content.pages.some((p) => p.segments.length > 0)).toBe(true);
  });
});
