import { runChecks } from '../../../shared/checks';
import { extractReport } from '../../../shared/extract';
import { DEFAULT_LIMITS } from '../types';
import { parsePdf } from './index';

/**
 * A one-page PDF built here (no file to ship): a standard Type 1 font (pdf.js reads its standard
 * font data), a non-embedded Chinese CID font in UniGB-UCS2-H (it reads that cMap and
 * Adobe-GB1's), and a small ruled table with numbers, so that parsing it walks the same paths as a
 * real report: text content, operator list, ruling segments, cells.
 */
export function warmUpPdf(): Uint8Array {
  // 年度报告 / 二〇二三 in UCS-2 big-endian, the codes UniGB-UCS2-H maps.
  const content = [
    'BT /F1 10 Tf 20 175 Td (Annual report 2023) Tj ET',
    'BT /F2 12 Tf 20 155 Td <5E745EA662A5544A> Tj ET',
    '0.5 w 20 40 m 280 40 l S 20 80 m 280 80 l S 20 120 m 280 120 l S',
    '20 40 m 20 120 l S 150 40 m 150 120 l S 280 40 m 280 120 l S',
    'BT /F2 10 Tf 30 95 Td <65B06536> Tj ET BT /F1 10 Tf 160 95 Td (12) Tj ET',
    'BT /F2 10 Tf 30 55 Td <529E7ED3> Tj ET BT /F1 10 Tf 160 55 Td (3) Tj ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 8 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf); // ASCII only: one byte a character, so the offsets hold
}

let warming: Promise<number> | undefined;

/**
 * Loads what the first PDF of a session would otherwise wait for: pdf.js, its cMaps and standard
 * font data (kept by CachedBinaryDataFactory), and the extraction templates and checks, by
 * reviewing warmUpPdf() once. Resolves with the milliseconds it took; never rejects (a warm-up
 * that fails leaves the first report to pay, nothing more). Once per thread.
 */
export function warmUpPipeline(): Promise<number> {
  warming ??= (async () => {
    const start = performance.now();
    try {
      const { layout } = await parsePdf(warmUpPdf(), DEFAULT_LIMITS);
      runChecks(extractReport(layout));
    } catch (error) {
      console.error(`[review] warm-up failed: ${String(error)}`);
    }
    return performance.now() - start;
  })();
  return warming;
}
