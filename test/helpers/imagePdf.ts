import { deflateSync } from 'node:zlib';

/**
 * Small PDFs that paint images the ways real scans do (upright, turned, flipped, in a form, one
 * bit per pixel, as a stencil mask, with a soft mask, in strips), built byte by byte so that the
 * tests know exactly what is on the page.
 */

/** An image's pixels: 1 (grey) or 3 (RGB) bytes a pixel, rows top down. */
export interface TestImage {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Uint8Array;
}

/**
 * A test pattern: white, a ruled grid every `cell` pixels (one pixel wide), a black block in the
 * top-left cell and a red one in the cell right of it, so that any turn or flip shows.
 */
export function pattern(width: number, height: number, cell = 20, line = 1): TestImage {
  const data = new Uint8Array(width * height * 3).fill(255);
  const set = (x: number, y: number, r: number, g: number, b: number) => data.set([r, g, b], (y * width + x) * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x % cell < line || y % cell < line) set(x, y, 0, 0, 0);
      else if (y < cell && x < cell) set(x, y, 30, 30, 30);
      else if (y < cell && x >= cell && x < 2 * cell) set(x, y, 220, 20, 20);
    }
  }
  return { width, height, channels: 3, data };
}

/** The pattern's grey as one bit per pixel (1 = white), rows padded to a byte: a CCITT/JBIG2-like scan. */
export function packBits(img: TestImage, invert = false): Uint8Array {
  const stride = (img.width + 7) >> 3;
  const out = new Uint8Array(stride * img.height);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * img.channels;
      const white = img.data[i] > 128 && img.data[i + (img.channels - 1)] > 128;
      if (white !== invert) out[y * stride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/** A stream object: dictionary entries and (deflated) bytes. */
function stream(dict: string, bytes: Uint8Array, deflate = true): Buffer {
  const body = deflate ? deflateSync(bytes) : Buffer.from(bytes);
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${body.length}${deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** An image XObject's stream. */
export function imageStream(img: TestImage, extra = ''): Buffer {
  return stream(
    `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /Device${img.channels === 1 ? 'Gray' : 'RGB'} /BitsPerComponent 8 ${extra}`,
    img.data,
  );
}

/** A 1-bit image XObject (1 = white) or, with `mask`, a stencil mask (0 = paint). */
export function bitsStream(width: number, height: number, bits: Uint8Array, mask = false): Buffer {
  const kind = mask ? '/ImageMask true' : '/ColorSpace /DeviceGray /BitsPerComponent 1';
  return stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} ${kind}`, bits);
}

/** Content stream bytes as a stream object. */
export function contentStream(ops: string): Buffer {
  return stream('', Buffer.from(ops, 'latin1'));
}

/** A form XObject drawing `ops` with its own matrix and resources. */
export function formStream(ops: string, matrix: string, bbox: string, resources: string): Buffer {
  return stream(`/Type /XObject /Subtype /Form /BBox [${bbox}] /Matrix [${matrix}] /Resources ${resources}`, Buffer.from(ops, 'latin1'));
}

/**
 * A one-page PDF: objects 1–3 are the catalog, page tree and page; `objects` follow from 4 on
 * (the first of them is the page's content stream). `resources` names them (`/Im1 5 0 R`).
 */
export function onePagePdf(options: { width: number; height: number; rotate?: number; resources: string; objects: Buffer[] }): Buffer {
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${options.width} ${options.height}]${options.rotate ? ` /Rotate ${options.rotate}` : ''} /Contents 4 0 R /Resources ${options.resources} >>`,
      'latin1',
    ),
    ...options.objects,
  ];
  return pdfOf(objects);
}

/** A PDF of several pages of `width` × `height` points, each one image filling the page: a scan. */
export function scannedPagesPdf(images: readonly TestImage[], width = 298, height = 420): Buffer {
  const n = images.length;
  // Objects: 1 catalog, 2 page tree, then per page: page, content, image.
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from(`<< /Type /Pages /Kids [${images.map((_, i) => `${3 + i * 3} 0 R`).join(' ')}] /Count ${n} >>`, 'latin1'),
  ];
  images.forEach((img, i) => {
    const page = 3 + i * 3;
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${page + 1} 0 R /Resources << /XObject << /Im1 ${page + 2} 0 R >> >> >>`,
        'latin1',
      ),
      contentStream(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`),
      imageStream(img),
    );
  });
  return pdfOf(objects);
}

function pdfOf(objects: Buffer[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
