import type { Finding } from './finding';
import type { SourceFormat } from './layout';
import type { ReportData, TemplateVersion } from './report';

/** One report as the CLI's --json prints it (the JSON of report-format.md). */
export interface ReportJson {
  file: string;
  format: SourceFormat;
  organ: string | null;
  year: number | null;
  template: TemplateVersion | null;
  signed: string | null;
  tables: {
    t2: Record<string, Record<string, number | null>>;
    t3: Record<string, Record<string, number | null>>;
    t4: Record<string, Record<string, number | null>>;
  };
  findings: Array<Pick<Finding, 'rule' | 'severity' | 'cells' | 'message'>>;
}

/** A file that could not be read, in the same JSON array. */
export interface ReportErrorJson {
  file: string;
  format: SourceFormat | null;
  error: string;
  /** Machine-readable reason, e.g. `encrypted`, `corrupt`, `empty`, `no-tables`. */
  code: ReviewErrorCode;
}

/** Why a file could not be reviewed. */
export type ReviewErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'scanned'
  | 'not-a-report'
  | 'timeout'
  | 'unreadable'
  /** The user stopped the batch before this file was read (the app: 重试 reads it). */
  | 'cancelled'
  /** A file of a kept batch is no longer where it was opened from (the app: 重新定位 or 移出批次). */
  | 'missing';

/** The outcome of reviewing one file: the extracted data and its findings. */
export interface ReviewResult {
  file: string;
  data: ReportData;
  findings: Finding[];
}
