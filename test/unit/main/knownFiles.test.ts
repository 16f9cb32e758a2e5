import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownFiles } from '../../../main/documents/knownFiles';

describe('KnownFiles: the files the user opened, by id', () => {
  it('keeps ids across a restart and gives a path the id it had', () => {
    const dir = mkdtempSync(join(tmpdir(), 'known-'));
    const known = new KnownFiles(dir);
    const id = known.idFor('/data/a.docx');
    known.record([{ id, path: '/data/a.docx', sha256: 'ab' }]);
    const again = new KnownFiles(dir);
    expect(again.pathOf(id)).toBe('/data/a.docx');
    expect(again.idFor('/data/a.docx')).toBe(id);
    expect(again.get(id)).toMatchObject({ name: 'a.docx', sha256: 'ab' });
    expect(again.idFor('/data/b.docx')).not.toBe(id);
  });

  it('moves an id to a new path (重新定位) and forgets the old path', () => {
    const known = new KnownFiles(null);
    known.record([{ id: 'x-1', path: '/old/a.pdf', sha256: null }]);
    known.record([{ id: 'x-1', path: '/new/a.pdf', sha256: 'cd' }]);
    expect(known.pathOf('x-1')).toBe('/new/a.pdf');
    expect(known.idFor('/old/a.pdf')).not.toBe('x-1');
    expect(known.idFor('/new/a.pdf')).toBe('x-1');
  });

  it('forgets the oldest past its limit, and reads only well-formed entries from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'known-'));
    const known = new KnownFiles(dir, 3);
    for (let i = 0; i < 5; i++) known.record([{ id: `id-${i}`, path: `/p/${i}.txt`, sha256: null }]);
    expect(known.size).toBe(3);
    expect(known.pathOf('id-0')).toBeNull();
    expect(known.pathOf('id-4')).toBe('/p/4.txt');
    const file = join(dir, 'known-files.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    writeFileSync(file, JSON.stringify([...stored, { id: '../../etc', path: '/etc/passwd', sha256: null, name: 'x', openedAt: '' }, 42, null]));
    const again = new KnownFiles(dir, 3);
    expect(again.size).toBe(3);
    expect(again.pathOf('../../etc')).toBeNull();
    writeFileSync(file, '{not json');
    expect(new KnownFiles(dir).size).toBe(0);
  });
});
