import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';

const ROOT = join(import.meta.dirname, '../..');

function review(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run review', () => {
  it('prints one JSON object per file, an error object for a file it cannot read, and exits 2', () => {
    const { code, stdout } = review(['--json', samplePath('003-weihai-etdz-2020', 'docx'), join(OWN_FIXTURES, 'bad', 'empty.docx')]);
    const array = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(array).toHaveLength(2);
    expect(array[0]).toMatchObject({ file: '003-weihai-etdz-2020.docx', format: 'docx', organ: '威海经济技术开发区', template: '2019' });
    expect(array[1]).toMatchObject({ file: 'empty.docx', code: 'empty', error: expect.stringContaining('空') });
    expect(code).toBe(2);
  });

  it('exits 1 on a report with an error finding and prints a Chinese summary naming the cells', () => {
    const { code, stdout } = review([samplePath('002-huancui-science-2023', 'docx')]);
    expect(code).toBe(1);
    expect(stdout).toContain('机关：威海市环翠区科学技术局');
    expect(stdout).toContain('（七）总计（自然人）为1，但各办理结果之和为3');
    expect(stdout).toContain('表三 （四）1.本机关不掌握相关政府信息 · 自然人＝3');
  });

  it('exits 0 on a clean report', () => {
    expect(review([samplePath('000-weihai-science-2020', 'docx')]).code).toBe(0);
  });

  it('explains itself when given nothing to read', () => {
    const { code, stderr } = review([]);
    expect(code).toBe(2);
    expect(stderr).toContain('用法');
  });
});
