import { describe, expect, it } from 'vitest';
import { DATA_COLUMNS } from '../../../../main/export/columns';
import { dataCsv, findingsCsv, toCsv } from '../../../../main/export/csv';
import { sampleNames, expectedOf } from '../../../helpers/fixtures';
import { expectedDoc } from './expectedDoc';
import { readCsv } from './readCsv';

describe('CSV data export', () => {
  it('has one column per canonical cell key of both templates, each once', () => {
    const keys = DATA_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const base of sampleNames()) {
      const expected = expectedOf(base);
      for (const table of ['t2', 't3', 't4'] as const) {
        for (const [row, cols] of Object.entries(expected.tables[table])) {
          for (const col of Object.keys(cols)) expect(keys).toContain(`${table}.${row}.${col}`);
        }
      }
    }
    expect(keys.filter((k) => k.startsWith('t3.'))).toHaveLength(26 * 7);
    expect(keys.filter((k) => k.startsWith('t4.'))).toHaveLength(15);
  });

  it('writes every value of every .expected.json (and nothing where the truth has no value)', () => {
    const names = sampleNames();
    const [header, ...rows] = readCsv(dataCsv(names.map(expectedDoc)));
    names.forEach((base, i) => {
      const expected = expectedOf(base);
      for (const table of ['t2', 't3', 't4'] as const) {
        for (const [row, cols] of Object.entries(expected.tables[table])) {
          for (const [col, value] of Object.entries(cols)) {
            expect(rows[i][header.indexOf(`${table}.${row}.${col}`)], `${base} ${table}.${row}.${col}`).toBe(value === null ? '' : String(value));
          }
        }
      }
    });
    expect(rows[names.indexOf('003-weihai-etdz-2020')][header.indexOf('t2.procurement.amount')]).toBe('11522.96');
  });

  it('starts with a BOM for Excel, quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    const csv = toCsv([['a,b', 'say "hi"', 'x\ny', '=HYPERLINK("http://x")', -7, null]]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toBe('\ufeff"a,b","say ""hi""","x\ny","\'=HYPERLINK(""http://x"")",-7,\r\n');
  });

  it('lists 002’s findings with their Chinese check names and cells in words', () => {
    const [header, ...rows] = readCsv(findingsCsv([expectedDoc('002-huancui-science-2023')]));
    expect(rows).toHaveLength(3);
    expect(rows[0][header.indexOf('检查项')]).toBe('表三办理结果合计');
    expect(rows[2][header.indexOf('涉及单元格')]).toBe('表三 （六）其他处理 · 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计');
  });
});
