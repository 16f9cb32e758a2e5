import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../../../main/documents/review';

const dir = mkdtempSync(join(tmpdir(), 'expand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('walking folders', () => {
  it('lists each file once through two symlink loops (to itself and to a parent)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'a');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.docx'), 'b');
    symlinkSync('.', join(dir, 'loop-self'));
    symlinkSync('..', join(dir, 'sub', 'loop-parent'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'sub', 'alias.txt'));
    expect(await expandPaths([dir])).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.docx')]);
    // Given again by hand, or as the loop: still once.
    expect(await expandPaths([join(dir, 'a.txt'), join(dir, 'loop-self'), dir])).toEqual([join(dir, 'a.txt'), join(dir, 'loop-self', 'sub', 'b.docx')]);
  });

  it('walks a folder nested 200 deep without recursion', async () => {
    let deep = join(dir, 'deep');
    const root = deep;
    for (let i = 0; i < 200; i++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'r.txt'), 'r');
    expect(await expandPaths([root])).toEqual([join(deep, 'r.txt')]);
  });

  it('keeps a missing path as given, to be answered with its error', async () => {
    expect(await expandPaths([join(dir, 'nope.pdf')])).toEqual([join(dir, 'nope.pdf')]);
  });
});
