import { describe, expect, it } from 'vitest';
import { parseCliArgs, printable } from '../../../main/cliArgs';

const on =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('the CLI command line', () => {
  it('reads every argument after -- as a file, even one named like a flag', () => {
    expect(parseCliArgs(['--json', '--', '-h', '--csv=x.csv', 'a.docx'], on('-h', '--csv=x.csv'))).toEqual({
      args: { json: true, help: false, flags: {}, inputs: ['-h', '--csv=x.csv', 'a.docx'] },
    });
  });

  it('refuses a flag-like argument that is also an existing file instead of taking it as a flag', () => {
    const help = parseCliArgs(['--json', '-h', 'a.docx'], on('-h'));
    expect(help).toEqual({ error: expect.stringMatching(/参数“-h”既像选项，又是一个已存在的文件.*-- -h/) });
    expect(parseCliArgs(['--csv=x.csv', 'a.docx'], on('--csv=x.csv'))).toMatchObject({ error: expect.stringContaining('既像选项') });
  });

  it('still takes flags that name no file, and refuses an unknown flag instead of reading it as a file', () => {
    expect(parseCliArgs(['-h'], on())).toMatchObject({ args: { help: true } });
    expect(parseCliArgs(['--csv', 'out.csv', 'a.docx'], on())).toMatchObject({ args: { flags: { csv: 'out.csv' }, inputs: ['a.docx'] } });
    expect(parseCliArgs(['--jsn', 'a.docx'], on())).toEqual({ error: expect.stringContaining('未知的参数“--jsn”') });
  });

  it('strips terminal escape sequences and control characters from readable output', () => {
    expect(printable('机关：\u001b[2J\u001b[31m某局\u001b]0;title\u0007\u0008\n第二行\t制表')).toBe('机关：某局\n第二行\t制表');
  });
});
