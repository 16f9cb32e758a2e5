import type { Anchor } from './anchor';

/** Source formats the parsers understand. */
/** `doc` is the Word 97–2003 binary format (.doc, and .wps files in the same format). */
export type SourceFormat = 'docx' | 'doc' | 'pdf' | 'html' | 'txt';

/** A paragraph (or one line of flattened text) in reading order. */
export interface LayoutParagraph {
  kind: 'paragraph';
  text: string;
  anchor: Anchor;
}

/**
 * One table cell, listed only in the row where it starts (HTML semantics): a cell with
 * rowSpan 3 covers the same grid column in the next two rows, which do not list it again.
 */
export interface LayoutCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** The grid column (0-based) where the cell starts, after earlier rowspans and colspans. */
  col: number;
  anchor: Anchor;
  /** For a cell of a scanned page read by OCR: the reader's confidence in its text, 0–100. */
  confidence?: number;
}

/** A table row: the cells that start in it, left to right. */
export interface LayoutRow {
  cells: LayoutCell[];
}

/** A table as the source draws it. */
export interface LayoutTable {
  kind: 'table';
  rows: LayoutRow[];
  anchor: Anchor;
}

/** A paragraph or a table. */
export type LayoutBlock = LayoutParagraph | LayoutTable;

/** The format-neutral layout every parser produces: blocks in reading order. */
export interface LayoutDocument {
  format: SourceFormat;
  blocks: LayoutBlock[];
  /** Pages, for PDFs. */
  pageCount?: number;
  /** Non-fatal remarks from the parser, in Chinese (e.g. an unreadable element skipped). */
  warnings: string[];
  /**
   * Scanned PDF pages the PDF shows sideways or upside down (read by OCR once turned): the
   * clockwise turn, by page number, that shows each upright.
   */
  pageTurns?: Record<number, number>;
}
