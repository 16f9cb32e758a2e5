import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cfbNamespace from 'cfb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../main/parsers';
import { ParseError } from '../../main/parsers/parseError';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { extractReport } from '../../shared/extract';
import { OWN_FIXTURES } from '../helpers/fixtures';

const CFB = ((cfbNamespace as unknown as { default?: typeof cfbNamespace }).default ?? cfbNamespace) as typeof cfbNamespace;

/** mulberry32: a small seeded generator, so that every run mutates the same way. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x40, 0x13, 0x14, 0x15, 0x07, 0x0d];

/** Overwrites a few bytes (single bytes, or 16/32-bit values) at places `pick` chooses. */
function mutate(bytes: Uint8Array, rnd: () => number, pick: () => number): Uint8Array {
  const out = bytes.slice();
  const edits = 1 + Math.floor(rnd() * 12);
  for (let e = 0; e < edits; e++) {
    const at = pick();
    const kind = rnd();
    if (kind < 0.4) out[at] = Math.floor(rnd() * 256);
    else if (kind < 0.7) out[at] = INTERESTING[Math.floor(rnd() * INTERESTING.length)];
    else {
      const value = [0, 0xffffffff, 0x7fffffff, 0x80000000, 0xffff, Math.floor(rnd() * 0xffffffff)][Math.floor(rnd() * 6)];
      for (let k = 0; k < 4 && at + k < out.length; k++) out[at + k] = (value >>> (8 * k)) & 0xff;
    }
  }
  return out;
}

/** Mutates inside one stream (the FIB, the piece table, the FKP pages…) and rebuilds the file. */
function mutateStream(file: Uint8Array, rnd: () => number): Uint8Array {
  const container = CFB.parse(file);
  const streams = container.FileIndex.filter((e) => e.type === 2 && /^(WordDocument|[01]Table|Data)$/.test(e.name));
  const entry = streams[Math.floor(rnd() * streams.length)];
  const content = new Uint8Array(entry.content as Uint8Array);
  // The structures sit near the start of WordDocument (FIB) or anywhere in the table stream.
  const span = entry.name === 'WordDocument' && rnd() < 0.6 ? Math.min(content.length, 1536) : content.length;
  entry.content = mutate(content, rnd, () => Math.floor(rnd() * span));
  if (rnd() < 0.1) entry.content = (entry.content as Uint8Array).slice(0, Math.floor(rnd() * content.length));
  entry.size = (entry.content as Uint8Array).length;
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

const SOURCES = ['features.doc', '002-huancui-science-2023.doc'].map((f) => new Uint8Array(readFileSync(join(OWN_FIXTURES, 'doc', f))));
const ITERATIONS = 300;

describe('mutated .doc files', () => {
  // The reader alone: a mutated nFib must not hand the file to an installed LibreOffice.
  const saved = process.env.REPORT_REVIEW_SOFFICE;
  beforeAll(() => {
    process.env.REPORT_REVIEW_SOFFICE = 'none';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.REPORT_REVIEW_SOFFICE;
    else process.env.REPORT_REVIEW_SOFFICE = saved;
  });

  it(`get an answer every time — a read or a clear Chinese error — within the parse time limit (${ITERATIONS} seeded mutations)`, async () => {
    const rnd = random(20261127);
    const outcomes = { read: 0, refused: 0 };
    const codes = new Set<string>();
    for (let i = 0; i < ITERATIONS; i++) {
      const source = SOURCES[i % SOURCES.length];
      const mode = rnd();
      let bytes: Uint8Array;
      if (mode < 0.45) bytes = mutateStream(source, rnd);
      else if (mode < 0.9) bytes = mutate(source, rnd, () => Math.floor(rnd() * (rnd() < 0.5 ? 1536 : source.length)));
      else bytes = source.slice(0, Math.floor(rnd() * source.length));
      const started = performance.now();
      try {
        const { parsed } = await parseFile(bytes, `fuzz-${i}.doc`);
        extractReport(parsed.layout);
        outcomes.read++;
      } catch (error) {
        if (!(error instanceof ParseError)) throw new Error(`mutation ${i}: not a ParseError: ${String(error)}`);
        expect(error.message).toMatch(/[\u4e00-\u9fff]/);
        codes.add(error.code);
        outcomes.refused++;
      }
      expect(performance.now() - started, `mutation ${i}`).toBeLessThan(DEFAULT_LIMITS.timeoutMs);
    }
    // Both kinds of answer occur: the mutations reach the structures, not only the text.
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 600_000);
});
