import type { Anchor } from './anchor';
import type { SourceFormat } from './layout';

/** The two official template versions: 国办公开办函〔2019〕60号 and 〔2021〕30号. */
export type TemplateVersion = '2019' | '2021';

/** One extracted value: what was written, and the number read from it. */
export interface CellValue {
  /** The cell text as written, trimmed (`+113`, `11522.96万元`, `—`, or `''`). */
  raw: string;
  /** The number read, or null when the cell is blank, a dash, or text. */
  value: number | null;
  /** Where the cell stands in the source; absent when the cell was never found. */
  anchor?: Anchor;
  /** Set when the cell had to be interpreted (e.g. 元 converted to 万元). */
  note?: string;
  /**
   * Set when the reading is not certain (a run of digits with several valid splits): the value
   * is null and these are the values the cell may hold. extract.uncertain reports it.
   */
  uncertain?: number[];
  /** For a value read by OCR from a scan: the reader's confidence, 0–100. */
  confidence?: number;
}

/** Values of one table: row key → column key → value. */
export type TableValues = Record<string, Record<string, CellValue>>;

/** The three standard tables. */
export interface ReportTables {
  t2: TableValues;
  t3: TableValues;
  t4: TableValues;
}

/** A number stated in the narrative that a table should agree with. */
export interface NarrativeStatement {
  /** What the number counts. */
  topic: 'applications' | 'review' | 'litigation' | 'normative_made';
  value: number;
  /** The sentence as written. */
  text: string;
  anchor: Anchor;
}

/** A heading of one of the six sections. */
export interface SectionHeading {
  /** 1 to 6. */
  index: number;
  text: string;
  anchor: Anchor;
}

/** A mention of a year in the narrative, with the words around it. */
export interface YearMention {
  year: number;
  text: string;
  anchor: Anchor;
}

/**
 * A run of digits that more than one split reads consistently (or too many to try): its cells
 * are null and marked uncertain; the candidates are the whole row's readings.
 */
export interface UncertainReading {
  /** The cells the run covers, `t3.new.natural`…, those that differ between candidates. */
  cells: string[];
  /** The digits as written. */
  raw: string;
  /** Each candidate split of the run, the row's values in template order (at most a few). */
  candidates: Array<Array<number | null>>;
  /** More splits than listed were valid (or the search was capped). */
  more: boolean;
  anchor?: Anchor;
}

/** One piece of evidence for the report year: where it was read and which year it names. */
export interface YearEvidence {
  source: 'title' | 'period' | 'narrative' | 'signed';
  year: number;
  text: string;
  anchor: Anchor;
}

/** Whether the body publishing is a government (deadline 3月31日) or a department (1月31日). */
export type OrganKind = 'government' | 'department';

/** Everything extracted from one report, in the canonical model. */
export interface ReportData {
  format: SourceFormat;
  organ: string | null;
  organKind: OrganKind;
  year: number | null;
  /** The version of the tables, judged from table 2 (and table 3 where table 2 is silent). */
  template: TemplateVersion | null;
  /** Which version each table's wording follows, for template.version. */
  tableVersions: { t2: TemplateVersion | null; t3Other: 'single' | 'split' | null };
  tables: ReportTables;
  /** Template rows found in the source, as `t3.unable.no_info`; rows not here were not found. */
  rowsFound: string[];
  title: { text: string; anchor: Anchor } | null;
  signed: { date: string; text: string; anchor: Anchor } | null;
  sections: SectionHeading[];
  statements: NarrativeStatement[];
  yearMentions: YearMention[];
  /** The sentence of section 六 (or anywhere) that speaks of 信息处理费, if any. */
  feesStatement: { text: string; anchor: Anchor } | null;
  /** Runs of digits read with more than one valid split (extract.uncertain). */
  uncertain?: UncertainReading[];
  /** What each source says the year is (title, 统计期限, narrative, date), for meta.stale_year. */
  yearEvidence?: YearEvidence[];
}
