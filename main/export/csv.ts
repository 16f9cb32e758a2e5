import type { ReviewAnnotations } from '../../shared/model';
import { DATA_COLUMNS, dataRows } from './columns';
import { FINDING_HEADERS, findingRows } from './findingRows';
import type { SummaryDocument } from './summary/types';

/**
 * CSV as Excel and WPS open it without asking: UTF-8 with a byte-order mark (else Chinese comes
 * out garbled on Chinese Windows), CRLF line ends, fields quoted per RFC 4180.
 */
export function toCsv(rows: Array<Array<string | number | null>>): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  // Text from a document that starts like a formula (=, +, -, @) would run as one when the CSV is
  // opened in a spreadsheet; a leading apostrophe keeps it text (OWASP CSV injection).
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The data of a batch: a header of canonical keys, then one row per report (corrections listed, counts of the corrected data). */
export function dataCsv(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): string {
  return toCsv([DATA_COLUMNS.map((c) => c.key), ...dataRows(docs, annotations)]);
}

/** The findings of a batch, one per row (the CSV counterpart of the 问题 sheet). */
export function findingsCsv(docs: SummaryDocument[], annotations: ReviewAnnotations[] = []): string {
  return toCsv([FINDING_HEADERS, ...findingRows(docs, annotations)]);
}
