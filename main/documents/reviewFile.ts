import type { Finding, ReportData, ReviewErrorCode, SourceFormat } from '../../shared/model';
import type { ParsedDocument } from '../parsers/types';

/** A file read, extracted and checked. */
export interface ReviewedDocument {
  /** The file name without folders. */
  file: string;
  path: string;
  format: SourceFormat;
  size: number;
  sha256: string;
  parsed: ParsedDocument;
  data: ReportData;
  findings: Finding[];
}

/** A file that could not be reviewed, with a Chinese message. */
export interface FailedDocument {
  file: string;
  path: string;
  format: SourceFormat | null;
  size: number;
  sha256: string | null;
  error: { code: ReviewErrorCode; message: string };
}

/** The outcome for one file of a batch. */
export type ReviewOutcome = { ok: true; doc: ReviewedDocument } | { ok: false; failed: FailedDocument };
