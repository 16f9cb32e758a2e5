/**
 * A 2-D DOMMatrix for pdf.js in Node. pdf.js's legacy build creates a DOMMatrix when its module
 * loads and otherwise needs one only to paint on a canvas, which the parser never does. In Node
 * it borrows one from the optional native package @napi-rs/canvas (32 MB, built for one
 * platform), which the installers leave out (electron-builder.yml); without any, importing
 * pdf.js throws. So the parser installs this one before pdf.js loads, in every run alike.
 */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init === undefined) return;
    if (init.length !== 6) throw new TypeError('AffineMatrix takes the six numbers of a 2-D matrix');
    [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
  }

  get m11(): number {
    return this.a;
  }
  get m12(): number {
    return this.b;
  }
  get m21(): number {
    return this.c;
  }
  get m22(): number {
    return this.d;
  }
  get m41(): number {
    return this.e;
  }
  get m42(): number {
    return this.f;
  }
  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this = this × other (other applied first), as DOMMatrix.multiplySelf. */
  multiplySelf(other: MatrixLike): this {
    return this.set(product(this, other));
  }

  /** this = other × this, as DOMMatrix.preMultiplySelf. */
  preMultiplySelf(other: MatrixLike): this {
    return this.set(product(other, this));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
  }

  /** Inverts in place; a singular matrix becomes all NaN, as in the DOM. */
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  multiply(other: MatrixLike): AffineMatrix {
    return this.copy().multiplySelf(other);
  }
  preMultiply(other: MatrixLike): AffineMatrix {
    return this.copy().preMultiplySelf(other);
  }
  translate(tx?: number, ty?: number): AffineMatrix {
    return this.copy().translateSelf(tx, ty);
  }
  scale(sx?: number, sy?: number): AffineMatrix {
    return this.copy().scaleSelf(sx, sy);
  }
  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  toFloat64Array(): Float64Array {
    return new Float64Array([this.a, this.b, 0, 0, this.c, this.d, 0, 0, 0, 0, 1, 0, this.e, this.f, 0, 1]);
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }

  private set(values: number[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = values;
    return this;
  }
}

type MatrixLike = Pick<AffineMatrix, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'>;

function product(m: MatrixLike, n: MatrixLike): number[] {
  return [m.a * n.a + m.c * n.b, m.b * n.a + m.d * n.b, m.a * n.c + m.c * n.d, m.b * n.c + m.d * n.d, m.a * n.e + m.c * n.f + m.e, m.b * n.e + m.d * n.f + m.f];
}

/** Gives globalThis a DOMMatrix (this one) unless it has one (a browser, Electron's renderer). */
export function installDomMatrix(): void {
  const scope = globalThis as { DOMMatrix?: unknown };
  scope.DOMMatrix ??= AffineMatrix;
}
