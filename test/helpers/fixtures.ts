import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared fixtures folder beside the repository (../shared/fixtures). */
export const SHARED_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures');

/** This repository's own small fixtures (test/fixtures). */
export const OWN_FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Base names of the shared samples (`002-huancui-science-2023`). */
export function sampleNames(): string[] {
  return readdirSync(SHARED_FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** Path of a sample file with the given extension. */
export function samplePath(base: string, ext: 'docx' | 'pdf' | 'txt'): string {
  return join(SHARED_FIXTURES, `${base}.${ext}`);
}

/** The `.expected.json` truth of a sample. */
export function expectedOf(base: string): ExpectedReport {
  return JSON.parse(readFileSync(join(SHARED_FIXTURES, `${base}.expected.json`), 'utf8')) as ExpectedReport;
}

/** The shape of an `.expected.json` file. */
export interface ExpectedReport {
  file: string;
  format: string;
  organ: string;
  year: number;
  template: '2019' | '2021';
  tables: Record<'t2' | 't3' | 't4', Record<string, Record<string, number | null>>>;
  findings: Array<{ rule: string; severity: string; cells: string[]; message: string }>;
  clean?: string[];
}

const pdfsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []));

/** Every fixture PDF: the shared samples (not the shared scans) and all of test/fixtures/pdf, by path. */
export function fixturePdfs(): string[] {
  return [
    ...readdirSync(SHARED_FIXTURES)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(SHARED_FIXTURES, f)),
    ...pdfsUnder(join(OWN_FIXTURES, 'pdf')),
  ];
}
