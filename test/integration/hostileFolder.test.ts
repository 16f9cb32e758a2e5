// Done-when of issue 9: a folder of hostile files, made here (a few MB on disk), reviewed by the
// CLI in one run. Time and peak memory are measured in the bench (hostileBench), not asserted.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileFolder, type HostileFolder } from '../helpers/hostileFolder';

const ROOT = join(import.meta.dirname, '../..');
let folder: HostileFolder;

beforeAll(() => {
  folder = makeHostileFolder();
});
afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

describe('the hostile folder through the CLI', () => {
  it('answers every file once as JSON, reviews every real report among them and exits 2', () => {
    // As a shell glob hands them over (`npm run review -- --json -- *`): flag-like names, loops.
    const entries = readdirSync(folder.dir).sort();
    const result = spawnSync(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/loader.mjs'), join(ROOT, 'main/cli.ts'), '--json', '--', ...entries], {
      cwd: folder.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1048576,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(result.stderr).not.toMatch(/FATAL|heap out of memory/);
    const array = JSON.parse(result.stdout) as Array<{ file: string; error?: string; code?: string; organ?: string }>;
    const files = array.map((a) => a.file).sort();
    // One entry per file: the loops add nothing, the nested report comes once through `sub`.
    const expected = [...folder.reports, ...folder.failures, ...folder.backups].map((f) => f.split('/').pop() as string).sort();
    expect(files).toEqual(expected);
    for (const name of folder.reports) {
      const entry = array.find((a) => a.file === name.split('/').pop());
      expect(entry?.error, name).toBeUndefined();
      expect(entry?.organ, name).toBeTruthy();
    }
    for (const name of folder.failures) {
      const entry = array.find((a) => a.file === name);
      expect(entry?.code, name).toBeTruthy();
      expect(entry?.error, name).toMatch(/[\u4e00-\u9fff]/u);
    }
    const byName = Object.fromEntries(array.map((a) => [a.file, a]));
    expect(byName['zip-bomb.docx'].error).toMatch(/解压后为 \d+ MB.*上限/);
    expect(byName['zip-bomb-lying.docx'].error).toMatch(/word\/document\.xml 解压时超过单个正文部件 64 MB 的上限（目录中记载为 2\.0 MB/);
    expect(byName['operator-bomb.pdf'].error).toMatch(/内容流.*上限/);
    expect(byName['many-pages.pdf'].error).toMatch(/页面目录声明共 1,000,000 页，超过 500 页的上限/);
    expect(byName['tiny-pages.pdf'].error).toMatch(/页面目录声明共 5,000 页/);
    expect(byName['form-bomb.pdf'].error).toMatch(/第 1 页含约 [\d,]+ 个绘制指令.*超过每页 1,000,000 个的上限/);
    expect(byName['deep-nesting.html'].error).toMatch(/嵌套深达 \d+ 层/);
    expect(result.status).toBe(2);
  }, 300_000);
});
