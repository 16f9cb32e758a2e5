import { describe, expect, it } from 'vitest';
import { findingsCsvPath, localDate, parseExportFlags } from '../../../../main/export/cliExport';

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

  it('refuses a flag whose value is missing or is another flag', () => {
    expect(parseExportFlags(['a.docx', '--pdf']).error).toBe('参数 --pdf 后面缺少文件路径。');
    expect(parseExportFlags(['--csv', '--json']).error).toBe('参数 --csv 后面缺少文件路径。');
  });

  it('puts the findings CSV beside the data CSV and dates in local time', () => {
    expect(findingsCsvPath('/tmp/out.csv')).toBe('/tmp/out-findings.csv');
    expect(localDate(new Date(2024, 0, 9, 23, 30))).toBe('2024-01-09');
  });
});
