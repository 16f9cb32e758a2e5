import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../main/parsers/pdf';
import { readPdf } from '../../main/parsers/pdf/readPdf';
import { DEFAULT_LIMITS } from '../../main/parsers/types';
import { fixturePdfs, SHARED_FIXTURES } from '../helpers/fixtures';

const files = fixturePdfs();
const outcome = (bytes: Uint8Array, operatorsOnEveryPage: boolean) =>
  parsePdf(bytes, DEFAULT_LIMITS, { operatorsOnEveryPage }).then(
    (parsed) => parsed,
    (error: unknown) => String(error),
  );

describe('operator lists only for pages that may hold a table', () => {
  it.each(files.map((f) => [basename(f), f]))('%s reads the same as with every page’s operators', async (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(await outcome(bytes, false)).toEqual(await outcome(bytes, true));
  });

  it('skips the prose pages of a sample report', async () => {
    const content = await readPdf(new Uint8Array(readFileSync(join(SHARED_FIXTURES, '002-huancui-science-2023.pdf'))), DEFAULT_LIMITS);
    expect(content.operatorPages).toBeGreaterThanOrEqual(3); // the three tables' pages
    expect(content.operatorPages).toBeLessThan(content.pageCount);
  });
});
