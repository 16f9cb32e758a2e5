import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../../../../main/parsers/pdf/domMatrix';

// The reference: the DOMMatrix pdf.js borrows from @napi-rs/canvas where that package is installed
// (development machines); the installers leave it out and the parser uses AffineMatrix instead.
type Reference = new (init?: number[]) => AffineMatrix;
const Reference = (createRequire(import.meta.url)('@napi-rs/canvas') as { DOMMatrix: Reference }).DOMMatrix;

const six = (m: AffineMatrix) => [m.a, m.b, m.c, m.d, m.e, m.f];

describe('AffineMatrix, the DOMMatrix the PDF parser installs for pdf.js', () => {
  const cases: [string, (M: Reference) => AffineMatrix][] = [
    ['identity', (M) => new M()],
    ['scale then translate, as pdf.js builds glyph paths', (M) => new M([1, 0, 0, 1, 0, 0]).scaleSelf(1 / 40, -1 / 30).translateSelf(0, -30)],
    ['multiply', (M) => new M([2, 0.5, -1, 3, 7, -4]).multiplySelf(new M([0.5, 1, 2, -1, 3, 5]))],
    ['pre-multiply', (M) => new M([2, 0.5, -1, 3, 7, -4]).preMultiplySelf(new M([0.5, 1, 2, -1, 3, 5]))],
    ['invert', (M) => new M([2, 0.5, -1, 3, 7, -4]).invertSelf()],
    ['non-mutating chain', (M) => new M([1, 2, 3, 4, 5, 6]).translate(3, 4).scale(2, 5).inverse()],
  ];
  for (const [name, build] of cases) {
    it(`agrees with the canvas DOMMatrix: ${name}`, () => {
      const ours = six(build(AffineMatrix as unknown as Reference));
      const theirs = six(build(Reference));
      ours.forEach((v, i) => expect(v).toBeCloseTo(theirs[i], 10));
    });
  }

  it('maps points and knows the identity', () => {
    const m = new AffineMatrix([2, 0, 0, 3, 10, 20]);
    expect(m.transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 12, y: 23 });
    expect(new AffineMatrix().isIdentity).toBe(true);
    expect(m.isIdentity).toBe(false);
  });

  it('turns a singular matrix into NaN when inverted, as the DOM does', () => {
    expect(six(new AffineMatrix([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
  });
});
