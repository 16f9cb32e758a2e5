import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewedDocument } from '../../../../main/documents/reviewFile';
import { findingsCsvPath, localDate, parseExportFlags, writeExports } from '../../../../main/export/cliExport';
import { expectedDoc } from './expectedDoc';

describe('parseExportFlags', () => {
  it('takes --pdf, --csv, --xlsx, --notes and --reviewer out of the arguments and keeps the rest', () => {
    const { flags, rest, error } = parseExportFlags([
      '--json',
      '--pdf',
      'out.pdf',
      'a.docx',
      '--csv=d.csv',
      '--xlsx',
      'd.xlsx',
      '--notes',
      'n.json',
      '--reviewer',
      '王',
      'dir',
    ]);
    expect(error).toBeUndefined();
    expect(flags).toEqual({ pdf: 'out.pdf', csv: 'd.csv', xlsx: 'd.xlsx', notes: 'n.json', reviewer: '王' });
    expect(rest).toEqual(['--json', 'a.docx', 'dir']);
  });

  it('takes --unit, the 审阅单位 of the batch cover, and prints it there', async () => {
    const { flags, rest } = parseExportFlags(['--unit', '威海市人民政府办公室', '--pdf=out.pdf', 'dir']);
    expect(flags).toEqual({ unit: '威海市人民政府办公室', pdf: 'out.pdf' });
    expect(rest).toEqual(['dir']);
    expect(parseExportFlags(['--unit']).error).toBe('参数 --unit 后面缺少审阅单位名称。');

    const dir = mkdtempSync(join(tmpdir(), 'cli-unit-'));
    const doc = (base: string) => ({ ok: true as const, doc: { ...expectedDoc(base), path: `/x/${base}.docx`, size: 1 } as unknown as ReviewedDocument });
    const printed: string[] = [];
    try {
      await writeExports(
        [doc('002-huancui-science-2023'), doc('000-weihai-science-2020')],
        { pdf: join(dir, 'b.pdf'), unit: '威海市人民政府办公室', reviewer: '王' },
        {
          print: async (html) => (printed.push(html), new Uint8Array([37])),
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const cover = printed[0].slice(0, printed[0].indexOf('<article'));
    expect(cover).toMatch(/审阅单位<\/th>\s*<td>威海市人民政府办公室</);
    expect(cover).toMatch(/审阅人<\/th>\s*<td>王</);
  });

  it('refuses a flag whose value is missing or is another flag', () => {
    expect(parseExportFlags(['a.docx', '--pdf']).error).toBe('参数 --pdf 后面缺少文件路径。');
    expect(parseExportFlags(['--csv', '--json']).error).toBe('参数 --csv 后面缺少文件路径。');
  });

  it('puts the findings CSV beside the data CSV and dates in local time', () => {
    expect(findingsCsvPath('/tmp/out.csv')).toBe('/tmp/out-findings.csv');
    expect(localDate(new Date(2024, 0, 9, 23, 30))).toBe('2024-01-09');
  });
});
