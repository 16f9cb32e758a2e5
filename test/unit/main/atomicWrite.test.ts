import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../main/atomicWrite';
import { RecentFiles } from '../../../main/documents/recentFiles';
import { claimSingleInstance } from '../../../main/singleInstance';

describe('atomic saves', () => {
  it('leaves the old file whole when the new content cannot be written, and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'summary.csv');
    writeFileSync(path, 'old');
    // A value writeFile rejects half-way through the call: the target must not be truncated.
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['summary.csv']);
  });

  it('lets concurrent writers each write whole files through unique temporary names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'out.json');
    const a = 'a'.repeat(1 << 20);
    const b = 'b'.repeat(1 << 20);
    await Promise.all([writeFileAtomic(path, a), writeFileAtomic(path, b)]);
    expect([a, b]).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes the recent-files list without a fixed temporary file another writer could clobber', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recent-'));
    writeFileSync(join(dir, 'recent-files.json.tmp'), 'someone else’s');
    const recent = new RecentFiles(dir);
    recent.add([join(dir, 'x.pdf')]);
    expect(readFileSync(join(dir, 'recent-files.json.tmp'), 'utf8')).toBe('someone else’s');
  });
});

describe('single instance', () => {
  it('quits a second instance and focuses the first', () => {
    const second = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() };
    expect(claimSingleInstance(second, () => undefined)).toBe(false);
    expect(second.quit).toHaveBeenCalled();
    const focus = vi.fn();
    const first = { requestSingleInstanceLock: () => true, quit: vi.fn(), on: vi.fn() };
    expect(claimSingleInstance(first, focus)).toBe(true);
    expect(first.on).toHaveBeenCalledWith('second-instance', focus);
    expect(first.quit).not.toHaveBeenCalled();
  });
});
