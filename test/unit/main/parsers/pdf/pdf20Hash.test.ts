// pdf20Hash against the /U and /O entries qpdf wrote: ISO 32000-2 makes the first 32 bytes of /U
// the hash of the user password with /U's validation salt, and of /O the hash of the owner
// password with /O's validation salt and the 48 bytes of /U. The fixtures were made by
// test/fixtures/pdf/generate.ts; more are made here with a Chinese and a long password.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdf20Hash } from '../../../../../main/parsers/pdf/pdf20Hash';
import { OWN_FIXTURES } from '../../../../helpers/fixtures';

/** /U and /O of a revision 6 file. */
function keys(file: string): { u: Buffer; o: Buffer } {
  const text = readFileSync(file, 'latin1');
  expect(text).toMatch(/\/R 6\b/);
  const entry = (name: string) => Buffer.from((new RegExp(`/${name} <([0-9a-f]{96})>`).exec(text) ?? ['', ''])[1], 'hex');
  return { u: entry('U'), o: entry('O') };
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function expectPasswords(file: string, user: string, owner: string): void {
  const { u, o } = keys(file);
  expect(u).toHaveLength(48);
  expect(o).toHaveLength(48);
  const userHash = pdf20Hash(utf8(user), Buffer.concat([utf8(user), u.subarray(32, 40)]), new Uint8Array(0));
  expect(Buffer.from(userHash).toString('hex')).toBe(u.subarray(0, 32).toString('hex'));
  const ownerHash = pdf20Hash(utf8(owner), Buffer.concat([utf8(owner), o.subarray(32, 40), u]), u);
  expect(Buffer.from(ownerHash).toString('hex')).toBe(o.subarray(0, 32).toString('hex'));
  const wrong = pdf20Hash(utf8(`${user}x`), Buffer.concat([utf8(`${user}x`), u.subarray(32, 40)]), new Uint8Array(0));
  expect(Buffer.from(wrong).toString('hex')).not.toBe(u.subarray(0, 32).toString('hex'));
}

describe('pdf20Hash (AES-256, revision 6)', () => {
  it('gives the hashes of the fixtures made by qpdf', () => {
    expectPasswords(join(OWN_FIXTURES, 'pdf', 'encrypted-user-password.pdf'), 'secret', 'owner');
    expectPasswords(join(OWN_FIXTURES, 'pdf', 'encrypted-owner-password-only.pdf'), '', 'owner');
  });

  it('gives them for Chinese and long passwords too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf20-'));
    try {
      const source = join(OWN_FIXTURES, 'pdf', 'not-a-report.pdf');
      for (const [user, owner] of [
        ['审阅密码', '政务公开办'],
        ['p'.repeat(100), 'o'.repeat(127)],
      ]) {
        const out = join(dir, 'out.pdf');
        execFileSync('qpdf', ['--encrypt', user, owner, '256', '--', source, out]);
        expectPasswords(out, user, owner);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the plain arrays pdf.js passes for an empty password', () => {
    const input = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pdf20Hash([], input, [])).toEqual(pdf20Hash(new Uint8Array(0), input, new Uint8Array(0)));
    expect(pdf20Hash([], input, [])).toHaveLength(32);
  });
});
