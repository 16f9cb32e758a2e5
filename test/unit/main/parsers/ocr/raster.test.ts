import { describe, expect, it } from 'vitest';
import { binarise, estimateSkew, greyWithoutColour, inkCeiling, rotate, turnClockwise, unturnPoint, type GreyImage } from '../../../../../main/parsers/ocr/raster';
import { findPixelRulings } from '../../../../../main/parsers/ocr/pixelRulings';

/** A white page with dark horizontal lines 40 px apart and two vertical ones, turned by `deg`. */
function ruledPage(deg: number): GreyImage {
  const w = 600;
  const h = 400;
  const data = new Uint8Array(w * h).fill(230);
  const t = Math.tan((deg * Math.PI) / 180);
  for (let x = 50; x < 550; x++) {
    for (let k = 0; k < 7; k++) {
      // Counter-clockwise: the line rises to the right (y falls).
      const y = Math.round(80 + k * 40 - (x - 300) * t);
      data[y * w + x] = data[(y + 1) * w + x] = 40;
    }
  }
  return { width: w, height: h, data };
}

describe('raster clean-up', () => {
  it('finds the skew of a ruled page to a few hundredths of a degree, both ways', () => {
    expect(estimateSkew(binarise(ruledPage(0.6), 31))).toBeCloseTo(0.6, 1);
    expect(estimateSkew(binarise(ruledPage(-0.8), 31))).toBeCloseTo(-0.8, 1);
    expect(estimateSkew(binarise(ruledPage(0), 31))).toBe(0);
  });

  it('straightens a turned page so that its lines are level again', () => {
    const straight = rotate(ruledPage(0.8), 0.8);
    const lines = findPixelRulings(binarise(straight, 31), 300, 300, 2).horizontal;
    expect(lines.length).toBe(7);
    for (const l of lines) expect(l.thickness).toBeLessThanOrEqual(4);
  });

  it('drops a red seal by its colour and keeps the dark ink under it', () => {
    // paper, red seal ink, dark ink, dark ink under the seal
    const rgba = new Uint8Array([235, 230, 220, 255, 220, 40, 40, 255, 50, 50, 50, 255, 45, 20, 20, 255]);
    const grey = greyWithoutColour(rgba, 4, 1);
    expect(grey.data[1]).toBeGreaterThan(200);
    expect(grey.data[2]).toBeLessThan(60);
    expect(grey.data[3]).toBeLessThan(60);
  });

  it('puts a grey seal lighter than the ink on the paper side of the ink ceiling', () => {
    const w = 200;
    const data = new Uint8Array(w * w).fill(215);
    for (let y = 20; y < 180; y++) for (let x = 20; x < 180; x++) if ((x + y) % 40 < 3) data[y * w + x] = 140; // seal strokes
    for (let y = 90; y < 110; y++) for (let x = 30; x < 170; x++) if (x % 6 < 2) data[y * w + x] = 35; // text
    const grey = { width: w, height: w, data };
    const ceiling = inkCeiling(grey, binarise(grey, 31));
    expect(ceiling).toBeGreaterThan(35);
    expect(ceiling).toBeLessThan(140);
  });
});

describe('ruling lines from pixels', () => {
  it('finds the rows and columns of a drawn grid, with its merged cell, and no text strokes', () => {
    const w = 400;
    const h = 300;
    const data = new Uint8Array(w * h);
    for (const y of [20, 120, 220]) for (let x = 20; x <= 380; x++) data[y * w + x] = data[(y + 1) * w + x] = 1;
    for (const x of [20, 200, 380]) for (let y = 20; y <= 221; y++) data[y * w + x] = data[y * w + x + 1] = 1;
    for (let x = 50; x < 70; x++) data[60 * w + x] = 1; // a short stroke of a character
    const found = findPixelRulings({ width: w, height: h, data }, 100, 60, 2);
    expect(found.horizontal.map((l) => l.pos)).toEqual([20.5, 120.5, 220.5]); // 2 px thick lines
    expect(found.vertical.map((l) => l.pos)).toEqual([20.5, 200.5, 380.5]);
  });
});

describe('quarter turns of a page scanned sideways or upside down', () => {
  // A 3×2 image whose pixels are all different: where each one goes shows the turn.
  const img: GreyImage = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };

  it('turns the image clockwise: 90° puts the bottom-left pixel at the top left, 180° reverses it, 270° the top-right at the top left', () => {
    expect(turnClockwise(img, 90)).toEqual({ width: 2, height: 3, data: Uint8Array.from([4, 1, 5, 2, 6, 3]) });
    expect(turnClockwise(img, 180)).toEqual({ width: 3, height: 2, data: Uint8Array.from([6, 5, 4, 3, 2, 1]) });
    expect(turnClockwise(img, 270)).toEqual({ width: 2, height: 3, data: Uint8Array.from([3, 6, 2, 5, 1, 4]) });
    expect(turnClockwise(turnClockwise(img, 90), 270)).toEqual(img);
  });

  it('finds where a point of the turned image stood before the turn', () => {
    for (const deg of [0, 90, 180, 270] as const) {
      const turned = turnClockwise(img, deg);
      // The centre of each pixel of the turned image goes back to the centre of the pixel it came from.
      for (let y = 0; y < turned.height; y++) {
        for (let x = 0; x < turned.width; x++) {
          const p = unturnPoint(x + 0.5, y + 0.5, img.width, img.height, deg);
          expect(img.data[Math.floor(p.y) * img.width + Math.floor(p.x)], `${deg}° (${x}, ${y})`).toBe(turned.data[y * turned.width + x]);
        }
      }
    }
  });
});
