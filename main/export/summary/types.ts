import type { Finding, ReportData, ReviewAnnotations, SourceFormat } from '../../../shared/model';

/**
 * What the summary needs of one reviewed file: a subset of ReviewedDocument, so that tests and
 * the app can build it without the parsed layout.
 */
export interface SummaryDocument {
  file: string;
  format: SourceFormat;
  sha256: string;
  data: ReportData;
  findings: Finding[];
  /** The parser's remarks (a ReviewedDocument's): pages read by OCR, turned, parts skipped; printed as 读取说明. */
  parsed?: { layout: { warnings: string[] } };
}

/** One report section of the summary: the document, what the auditor recorded, and who and when. */
export interface SummaryReport {
  doc: SummaryDocument;
  annotations?: ReviewAnnotations;
  reviewer: string;
  /** The review date as printed, e.g. 2024-03-05. */
  reviewDate: string;
}

/** A file of the batch that could not be reviewed; the summary lists it so nothing vanishes silently. */
export interface SummaryFailure {
  file: string;
  message: string;
}
