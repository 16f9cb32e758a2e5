import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkBatch, readReport } from '../../main/documents/review';
import { OCR_LOW_CONFIDENCE } from '../../shared/checks/ocrConfidence';
import type { ReportJson } from '../../shared/model';
import { expectedOf, OWN_FIXTURES } from '../helpers/fixtures';

const run = promisify(execFile);
const ROOT = resolve(OWN_FIXTURES, '../..');
const LIMITS = { timeoutMs: 180_000, maxPages: 500, ocr: { maxPages: 60, timeoutMs: 600_000 } };
const truth = expectedOf('002-huancui-science-2023');
// The rows of table 3 that page 4 of sample 002 shows (the table goes on over the page).
const PAGE_ROWS = [
  'new',
  'carried_over',
  'granted',
  'partial',
  'denied.state_secret',
  'denied.law_forbidden',
  'denied.security',
  'denied.third_party',
  'denied.internal',
  'denied.process',
  'denied.enforcement_file',
  'denied.inquiry',
  'unable.no_info',
  'unable.needs_creation',
  'unable.unclear',
  'rejected.petition',
];

describe('OCR of scans made for the tests', () => {
  it('reads a 150 dpi page turned 1.5° with a red seal over table 3, attempting no network access, and never a wrong number as sure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocr-net-'));
    const log = join(dir, 'network.log');
    const env = { ...process.env, NO_NETWORK_LOG: log, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(ROOT, 'test/helpers/noNetwork.cjs')}` };
    // The guard works: a fetch under it is logged and fails.
    await expect(run(process.execPath, ['-e', "fetch('https://example.com/chi_sim.traineddata.gz')"], { env })).rejects.toThrow();
    expect(readFileSync(log, 'utf8')).toContain('fetch https://example.com');

    const cleanLog = join(dir, 'review.log');
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'main/cli.ts'), '--json', join(OWN_FIXTURES, 'scans/seal-over-table3-150dpi-skew.pdf')],
      {
        env: { ...env, NO_NETWORK_LOG: cleanLog },
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    expect(existsSync(cleanLog) ? readFileSync(cleanLog, 'utf8') : '').toBe('');
    const [json] = JSON.parse(stdout) as ReportJson[];
    // Under the seal some digits are not read at all: they come out null, each a value.kind
    // finding, or marked low-confidence. None may come out as another number, sure.
    const uncertain = new Set(json.findings.filter((f) => f.rule === 'ocr.low_confidence' || f.rule === 'value.kind').flatMap((f) => f.cells));
    let exact = 0;
    const wrong: string[] = [];
    for (const row of PAGE_ROWS) {
      for (const [col, want] of Object.entries(truth.tables.t3[row])) {
        const got = json.tables.t3[row]?.[col];
        if (got === want) exact++;
        else if (!uncertain.has(`t3.${row}.${col}`)) wrong.push(`${row}.${col}: ${got} (truth ${want})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(90); // of 112
  }, 600_000);

  it('never passes a blurred digit as sure: each value is right, or marked low-confidence', async () => {
    const read = await readReport(join(OWN_FIXTURES, 'scans/blurred-digits-table3.pdf'), LIMITS);
    const [outcome] = checkBatch([read]);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    const { data, findings } = outcome.doc;
    const wrongAndSure: string[] = [];
    let low = 0;
    let read_ = 0;
    for (const row of PAGE_ROWS) {
      for (const [col, cell] of Object.entries(data.tables.t3[row] ?? {})) {
        read_++;
        const uncertain = cell.confidence !== undefined && cell.confidence < OCR_LOW_CONFIDENCE;
        if (uncertain) low++;
        else if (cell.value !== null && cell.value !== truth.tables.t3[row][col]) wrongAndSure.push(`${row}.${col}: ${cell.raw} (${cell.confidence})`);
      }
    }
    expect(wrongAndSure).toEqual([]);
    expect(read_).toBeGreaterThan(50);
    expect(low).toBeGreaterThan(0);
    const finding = findings.find((f) => f.rule === 'ocr.low_confidence');
    expect(finding?.severity).toBe('info');
    expect(finding?.cells.length).toBeGreaterThanOrEqual(low);
  }, 600_000);

  it('reads the organ right where the reader misreads a stroke of it in the title and the text alike (科学技术局 as 技札局)', async () => {
    // Page 1 of the 000 scan wrapped again on a page 0.1 pt wider: the picture is resampled, and
    // the Chinese model, sure of itself, reads 术 as 札 in the body's mention of the organ.
    const read = await readReport(join(OWN_FIXTURES, 'scans/rewrapped-page1-000.pdf'), LIMITS);
    if (!read.ok) throw new Error(read.failed.error.message);
    expect(read.doc.data.organ).toBe('威海市科学技术局');
  }, 600_000);
});
