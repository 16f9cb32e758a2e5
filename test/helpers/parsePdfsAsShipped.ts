// Run as a child process by test/integration/pdfTextOnly.test.ts: parses the PDFs named on the
// command line with pdf.js's worker as shipped (REVIEW_PDFJS_FULL_FONTS=1, set by the caller)
// and prints, as JSON, whether the text-only worker was used and each outcome.
import { readFileSync } from 'node:fs';
import { parsePdf } from '../../main/parsers/pdf';
import { loadPdfjs, pdfjsTextOnly } from '../../main/parsers/pdf/readPdf';
import { DEFAULT_LIMITS } from '../../main/parsers/types';

await loadPdfjs();
const outcomes: unknown[] = [];
for (const path of process.argv.slice(2)) {
  outcomes.push(
    await parsePdf(new Uint8Array(readFileSync(path)), DEFAULT_LIMITS).then(
      (parsed) => parsed,
      (error: unknown) => String(error),
    ),
  );
}
process.stdout.write(JSON.stringify({ textOnly: pdfjsTextOnly(), outcomes }));
