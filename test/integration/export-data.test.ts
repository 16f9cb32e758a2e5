import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import type { ReviewOutcome } from '../../main/documents/reviewFile';
import { findingsCsvPath, writeExports } from '../../main/export/cliExport';
import { expectedOf, samplePath } from '../helpers/fixtures';
import { readCsv } from '../unit/main/export/readCsv';

const SAMPLES = ['000-weihai-science-2020', '001-lingang-innovation-2020', '002-huancui-science-2023', '003-weihai-etdz-2020', '004-jining-science-2020'];

/** Every cell of the truth as [key, value] pairs. */
function expectedCells(base: string): Array<[string, number | null]> {
  const expected = expectedOf(base);
  return (['t2', 't3', 't4'] as const).flatMap((table) =>
    Object.entries(expected.tables[table]).flatMap(([row, cols]) =>
      Object.entries(cols).map(([col, value]) => [`${table}.${row}.${col}`, value] as [string, number | null]),
    ),
  );
}

describe('data exports of the five sample .docx files through the real pipeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-data-'));
  const csvPath = join(dir, 'batch.csv');
  const xlsxPath = join(dir, 'batch.xlsx');
  let outcomes: ReviewOutcome[];

  beforeAll(async () => {
    outcomes = await reviewPaths(SAMPLES.map((s) => samplePath(s, 'docx')));
    await writeExports(outcomes, { csv: csvPath, xlsx: xlsxPath });
  }, 120_000);

  it('writes one CSV row per report whose cells equal every value of the .expected.json files', () => {
    const [header, ...rows] = readCsv(readFileSync(csvPath, 'utf8'));
    expect(rows).toHaveLength(SAMPLES.length);
    SAMPLES.forEach((base, i) => {
      const row = rows[i];
      expect(row[header.indexOf('file')]).toBe(`${base}.docx`);
      expect(row[header.indexOf('organ')]).toBe(expectedOf(base).organ);
      expect(row[header.indexOf('year')]).toBe(String(expectedOf(base).year));
      const wrong = expectedCells(base)
        .filter(([key, value]) => {
          const col = header.indexOf(key);
          return col < 0 || row[col] !== (value === null ? '' : String(value));
        })
        .map(([key, value]) => `${base} ${key}: expected ${value}, got ${row[header.indexOf(key)]}`);
      expect(wrong).toEqual([]);
    });
  });

  it('leaves the cells of the other template version empty (002 has no 2019 本年新公开数量, 000 no 2021 本年废止件数)', () => {
    const [header, ...rows] = readCsv(readFileSync(csvPath, 'utf8'));
    expect(rows[2][header.indexOf('t2.normative.published')]).toBe('');
    expect(rows[2][header.indexOf('t2.procurement.amount')]).toBe('');
    expect(rows[0][header.indexOf('t2.normative.repealed')]).toBe('');
    expect(rows[0][header.indexOf('t3.other.overdue_fee.total')]).toBe('');
  });

  it('lists 002’s outcome-sum errors in the findings CSV with the status 待核实', () => {
    const [header, ...rows] = readCsv(readFileSync(findingsCsvPath(csvPath), 'utf8'));
    const of002 = rows.filter((r) => r[0] === '002-huancui-science-2023.docx');
    const messages = of002.map((r) => r[header.indexOf('问题')]);
    expect(messages).toContain('（七）总计（自然人）为1，但各办理结果之和为3');
    expect(of002.every((r) => r[header.indexOf('审阅状态')] === '待核实')).toBe(true);
  });

  it('writes an XLSX whose 数据 sheet holds the same numbers as numbers and whose 问题 sheet the findings', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['数据', '问题', '更正', '列说明']);
    const data = workbook.getWorksheet('数据')!;
    const header = (data.getRow(1).values as unknown[]).slice(1) as string[];
    SAMPLES.forEach((base, i) => {
      const values = (data.getRow(i + 2).values as unknown[]).slice(1);
      const wrong = expectedCells(base)
        .filter(([key, value]) => (values[header.indexOf(key)] ?? null) !== value)
        .map(([key, value]) => `${base} ${key}: expected ${value}, got ${String(values[header.indexOf(key)])}`);
      expect(wrong).toEqual([]);
    });
    const findings = workbook.getWorksheet('问题')!;
    const rules = findings.getColumn(6).values.slice(2);
    expect(rules).toContain('t3.outcome_sum');
    expect(rules).toContain('template.version');
  });
});
