import { createCipheriv, createHash } from 'node:crypto';

const HASHES = ['sha256', 'sha384', 'sha512'] as const;

/** pdf.js passes byte arrays, or plain arrays of bytes (an empty password is `[]`). */
const bytes = (data: ArrayLike<number>): Uint8Array => (data instanceof Uint8Array ? data : Uint8Array.from(data));

/**
 * The password hash of AES-256 encryption, revision 6 (ISO 32000-2, algorithm 2.B), with Node's
 * crypto. pdf.js does it in JavaScript: at least 64 rounds, each an AES-128-CBC pass over 64
 * copies of password + hash + user key, then SHA-256, -384 or -512. Every PDF encrypted so,
 * including the many published with only an owner password (no printing or copying), is hashed
 * at least twice to open it: half of its parse went there. `password`, `input` and `userBytes` are
 * what pdf.js passes (the password already UTF-8 and cut to 127 bytes; `userBytes` empty or the
 * 48 bytes of /U); the result is the 32-byte hash, as pdf.js's.
 */
export function pdf20Hash(password: ArrayLike<number>, input: ArrayLike<number>, userBytes: ArrayLike<number>): Uint8Array {
  const [pw, user] = [bytes(password), bytes(userBytes)];
  let k: Uint8Array = createHash('sha256').update(bytes(input)).digest();
  let e: Uint8Array = new Uint8Array(1);
  for (let round = 0; round < 64 || e[e.length - 1] > round - 32; round++) {
    const once = Buffer.concat([pw, k, user]);
    const k1 = Buffer.allocUnsafe(once.length * 64);
    for (let j = 0; j < 64; j++) once.copy(k1, j * once.length);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let b = 0; b < 16; b++) sum += e[b];
    k = createHash(HASHES[sum % 3])
      .update(e)
      .digest();
  }
  return new Uint8Array(k.subarray(0, 32));
}
