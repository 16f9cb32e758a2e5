// Builds a folder of hostile files (issue 9) in a temporary directory: small on disk, huge or
// pathological once read. Used by the hostile-folder tests (CLI and app handlers) and the bench.
// The bombs are assembled from pre-compressed, independently flushed deflate blocks repeated
// many times, so that making a 450 MB bomb costs a few milliseconds and a few hundred KB.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { samplePath } from './fixtures';

/** Raw deflate of `chunk` ending on a full flush: its bytes can be repeated and concatenated. */
function flushedBlock(chunk: Buffer): Buffer {
  return deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
}

/** A raw deflate stream inflating to head + body×times + tail. */
function repeatedDeflate(head: string, body: string, times: number, tail: string): { data: Buffer; size: number } {
  const unit = Buffer.from(body.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(body)))));
  const units = Math.ceil((Buffer.byteLength(body) * times) / unit.length);
  const block = flushedBlock(unit);
  const parts = [flushedBlock(Buffer.from(head)), ...Array.from({ length: units }, () => block), deflateRawSync(Buffer.from(tail))];
  return { data: Buffer.concat(parts), size: Buffer.byteLength(head) + unit.length * units + Buffer.byteLength(tail) };
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Uncompressed size; the data is stored raw when the two lengths are equal and `stored`. */
  size: number;
  deflated: boolean;
}

/** A minimal zip writer (CRC left 0: JSZip, under mammoth, does not check it by default). */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflated ? 8 : 0, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflated ? 8 : 0, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const stored = (name: string, text: string): ZipEntry => ({ name, data: Buffer.from(text), size: Buffer.byteLength(text), deflated: false });

/** A .docx whose word/document.xml inflates to about `megabytes` MB of paragraphs. */
export function zipBombDocx(megabytes: number, extraParts: ZipEntry[] = []): Buffer {
  const paragraph = '<w:p><w:r><w:t>本机关收到政府信息公开申请</w:t></w:r></w:p>';
  const doc = repeatedDeflate(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    paragraph,
    Math.ceil((megabytes * 1048576) / Buffer.byteLength(paragraph)),
    '</w:body></w:document>',
  );
  return zip([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    stored(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    { name: 'word/document.xml', data: doc.data, size: doc.size, deflated: true },
    ...extraParts,
  ]);
}

/** A deflated part inflating to about `megabytes` MB (of `x`) whose directory claims `declared` bytes. */
export function lyingPart(name: string, megabytes: number, declared: number): ZipEntry {
  const body = repeatedDeflate('', 'x', megabytes * 1048576, '');
  return { name, data: body.data, size: declared, deflated: true };
}

/**
 * The zip with the sizes of part `name` patched, in its central directory and its local header,
 * to `declared` bytes: a part that lies about its size, which only inflating can find out.
 */
export function withLyingSize(zipBytes: Buffer, name: string, declared: number): Buffer {
  const out = Buffer.from(zipBytes);
  const wanted = Buffer.from(name);
  let patched = 0;
  for (let at = out.indexOf(wanted); at >= 0; at = out.indexOf(wanted, at + 1)) {
    // The name follows a central header at +46 and a local header at +30.
    if (at >= 46 && out.readUInt32LE(at - 46) === 0x02014b50 && out.readUInt16LE(at - 46 + 28) === wanted.length) {
      out.writeUInt32LE(declared, at - 46 + 24);
      patched++;
    } else if (at >= 30 && out.readUInt32LE(at - 30) === 0x04034b50 && out.readUInt16LE(at - 30 + 26) === wanted.length) {
      // A local header written with a data descriptor (bit 3) holds no sizes; patch it only if it has them.
      if ((out.readUInt16LE(at - 30 + 6) & 8) === 0) out.writeUInt32LE(declared, at - 30 + 22);
      patched++;
    }
  }
  if (patched < 2) throw new Error(`${name}: 找不到其目录项与本地头`);
  return out;
}

/** A PDF of the given page objects (bodies as latin1 strings or buffers). */
function pdf(objects: Array<string | Buffer>): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** A one-page PDF whose content stream inflates to about `megabytes` MB of `op` (text operators). */
export function operatorBombPdf(megabytes: number, op = '1 0 0 1 72 700 Tm (a) Tj\n'): Buffer {
  const raw = repeatedDeflate('BT /F1 12 Tf\n', op, Math.ceil((megabytes * 1048576) / op.length), 'ET\n');
  // zlib wrapper around the raw deflate; the Adler-32 is left 0 (pdf.js does not check it).
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), raw.data, Buffer.alloc(4)]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A Flate stream object holding `content`. */
function flateStream(content: string, dict = ''): Buffer {
  const data = deflateSync(Buffer.from(content, 'latin1'));
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode ${dict}>>\nstream\n`), data, Buffer.from('\nendstream')]);
}

/**
 * A one-page PDF whose small content stream paints form /F `times` times; the form draws
 * `formOperators` operators (tiny on disk: the page runs times × formOperators).
 */
export function formBombPdf(times: number, formOperators: number): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /F 5 0 R >> >> >>',
    flateStream('q 1 0 0 1 0 0 cm /F Do Q\n'.repeat(times)),
    flateStream('0 0 m 1 1 l S\n'.repeat(Math.ceil(formOperators / 3)), '/Type /XObject /Subtype /Form /BBox [0 0 10 10] '),
  ]);
}

/** A one-page PDF whose /Contents lists one stream of `operators` operators `times` times. */
export function repeatedContentsPdf(times: number, operators: number): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [${'4 0 R '.repeat(times)}] >>`,
    flateStream('0 0 m 1 1 l S\n'.repeat(Math.ceil(operators / 3))),
  ]);
}

/** A PDF of `count` real pages, each a tiny line of text (all the same content stream). */
export function tinyPagesPdf(count: number): Buffer {
  const first = 5;
  const kids = Array.from({ length: count }, (_, i) => `${first + i} 0 R`).join(' ');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} /Resources << /Font << /F1 4 0 R >> >> /MediaBox [0 0 595 842] >>`,
    flateStream('BT /F1 12 Tf 72 700 Td (a) Tj ET'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>'),
  ]);
}

/** A PDF whose page tree claims `count` pages (all the same page object). */
export function manyPagesPdf(count: number): Buffer {
  return pdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
}

/** A sample report's text with one pathological line inserted after its first paragraph. */
export function reportWithLine(line: string): string {
  const text = readFileSync(samplePath('002-huancui-science-2023', 'txt'), 'utf8');
  const cut = text.indexOf('\n') + 1;
  return `${text.slice(0, cut)}${line}\n${text.slice(cut)}`;
}

/** HTML with `depth` nested elements around a short text. */
export function deeplyNestedHtml(depth: number): string {
  return `<!doctype html><html><body>${'<div><span>'.repeat(depth / 2)}收到申请 3 件${'</span></div>'.repeat(depth / 2)}</body></html>`;
}

/** What the hostile folder holds, by file name (relative to the folder). */
export interface HostileFolder {
  dir: string;
  /** Files the CLI should answer with a report (real reports, some with one odd line). */
  reports: string[];
  /** Files that must fail with a message. */
  failures: string[];
  /** Notes backups that must be refused or cleaned (not reviewed: .json). */
  backups: string[];
}

/**
 * Makes the hostile folder: zip and operator bombs, whitespace/digit/punctuation runs inside
 * real reports, deep nesting, a page-count bomb, symlink loops, flag-like names and bad notes
 * backups. A few MB on disk.
 */
export function makeHostileFolder(options: { bombMegabytes?: number } = {}): HostileFolder {
  const mb = options.bombMegabytes ?? 450;
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const reports: string[] = [];
  const failures: string[] = [];
  const write = (name: string, data: string | Buffer, list: string[]) => {
    writeFileSync(join(dir, name), data);
    list.push(name);
  };
  copyFileSync(samplePath('000-weihai-science-2020', 'docx'), join(dir, 'real-report.docx'));
  reports.push('real-report.docx');
  copyFileSync(samplePath('002-huancui-science-2023', 'pdf'), join(dir, 'real-report.pdf'));
  reports.push('real-report.pdf');
  write('whitespace-run.txt', reportWithLine(`本机关收到${' '.repeat(300)}x`), reports);
  write('whitespace-run-long.txt', reportWithLine(`收到${' '.repeat(200_000)}申请${'\u3000'.repeat(100_000)}共`), reports);
  write('digit-run.txt', reportWithLine(`收到申请${'1'.repeat(100_000)}`), reports);
  write('punctuation-run.txt', reportWithLine(`行政复议${'，'.repeat(50_000)}${'、'.repeat(50_000)}`), reports);
  // Flag-like names, as a shell glob hands them to the CLI.
  write('-h', reportWithLine('（文件名像一个参数）'), reports);
  write('--csv=x.csv', reportWithLine('（文件名像一个参数）'), reports);
  write('zip-bomb.docx', zipBombDocx(mb), failures);
  // The same bomb whose directory claims a plausible 2 MB document.xml: stopped while inflating.
  write('zip-bomb-lying.docx', withLyingSize(zipBombDocx(mb), 'word/document.xml', 2 * 1048576), failures);
  write('operator-bomb.pdf', operatorBombPdf(mb), failures);
  write('many-pages.pdf', manyPagesPdf(1_000_000), failures);
  write('tiny-pages.pdf', tinyPagesPdf(5000), failures);
  // One page painting a 50,000-operator form 20,000 times: a billion operators from 100 KB.
  write('form-bomb.pdf', formBombPdf(20_000, 50_000), failures);
  write('deep-nesting.html', deeplyNestedHtml(20_000), failures);
  // Two symlink loops: one to the folder itself, one from a subfolder back to its parent.
  symlinkSync('.', join(dir, 'loop-self'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub', 'loop-parent'));
  copyFileSync(samplePath('004-jining-science-2020', 'txt'), join(dir, 'sub', 'nested-report.txt'));
  reports.push('sub/nested-report.txt');
  const backups: string[] = [];
  const backup = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
    backups.push(name);
  };
  backup('backup-not-json.json', '{"version": 2, "notes": [');
  backup('backup-constructor-status.json', {
    app: 'report-review',
    version: 2,
    notes: [{ id: 'n1', reportKey: 'k', findingKey: 'f', status: 'constructor', text: 'x', updatedAt: '2026-01-01T00:00:00.000Z' }],
  });
  backup('backup-tilde-time.json', {
    app: 'report-review',
    version: 2,
    notes: [{ id: 'n1', reportKey: 'k', findingKey: 'f', status: 'open', text: 'x', updatedAt: '~' }],
  });
  backup('backup-long-note.json', {
    app: 'report-review',
    version: 2,
    notes: [{ id: 'n1', reportKey: 'k', findingKey: 'f', status: 'open', text: '长'.repeat(200_000), updatedAt: '2026-01-01T00:00:00.000Z' }],
  });
  return { dir, reports, failures, backups };
}
