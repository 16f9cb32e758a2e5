import type { Finding, ReportData, ReviewAnnotations, ReviewErrorCode, SourceFormat } from '../model';

/**
 * The one IPC contract between renderer and main (after VS Code / Insomnia): an interface per
 * section of async request/response methods, channel names `section:verb`. The preload exposes
 * exactly these methods; main validates the sender and every argument. File paths never cross:
 * the renderer holds document ids.
 */

/** Every answer across IPC: errors do not survive IPC as exceptions (Signal-Desktop). */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** An error the renderer can show: a code to branch on and a Chinese message to display. */
export interface IpcError {
  code: ReviewErrorCode | 'not-found' | 'invalid-argument' | 'cancelled' | 'internal';
  message: string;
}

/** An opened document as the renderer knows it: no path, an opaque id. */
export interface DocumentSummary {
  id: string;
  name: string;
  format: SourceFormat | null;
  size: number;
  /** SHA-256 of the file content, hex: the key of the review notes. */
  sha256: string;
  status: 'ready' | 'failed';
  organ: string | null;
  year: number | null;
  template: string | null;
  counts: { error: number; warning: number; info: number };
  error?: IpcError;
  /** The name (never the path) of the folder it was opened with through 打开文件夹: a batch's default name. */
  folder?: string;
  /**
   * Changes whenever main's review of the document does (the file read again, or checked again
   * across the batch with other findings): a review loaded with the same revision is still current.
   */
  revision: number;
}

/** The review of one document: extracted data and findings. */
export interface DocumentReview {
  summary: DocumentSummary;
  data: ReportData;
  findings: Finding[];
  /**
   * What reading the file came across, in Chinese, for the auditor: pages read by OCR (their
   * numbers to be checked against the original), pages turned upright, parts skipped.
   */
  notes: string[];
  /** PDF pages shown sideways or upside down: the clockwise turn that shows each upright (LayoutDocument.pageTurns). */
  pageTurns: Record<number, number>;
}

/**
 * A PDF being opened whose bytes have passed every limit checked before parsing: its source (by
 * `documents.source(id)`) can be drawn while it is reviewed. The review (tables, findings) and the
 * summary come later through `onDocumentsOpened`, and may still fail: the summary decides.
 */
export interface ShowableSource {
  /** The id the document's summary will carry. */
  id: string;
  name: string;
  /** SHA-256 of the bytes `documents.source(id)` answers: a source is that of a summary with the same hash. */
  sha256: string;
  /** Position of the file among those of the open request that is reading it (0: the first, the one an open shows). */
  index: number;
}

/** The source to show in the left pane. */
export type DocumentSource = { kind: 'pdf'; bytes: Uint8Array } | { kind: 'html'; html: string } | { kind: 'text'; text: string };

/** An entry of the recent-files list (the path stays in main). */
export interface RecentEntry {
  token: string;
  name: string;
  openedAt: string;
}

/** Progress of a batch of files being opened. */
export interface OpenProgress {
  done: number;
  total: number;
  current: string | null;
  /**
   * Set while `current` is read by OCR (seconds a page): `done` of its `total` scanned pages are
   * read and `page` (the PDF's page number) is being read.
   */
  ocr?: { done: number; total: number; page: number };
}

/** `documents:*` — opening and reading documents. */
export interface DocumentsApi {
  /** Shows the native open dialog (several files) and opens what was chosen. */
  openDialog(): Promise<IpcResult<DocumentSummary[]>>;
  /** Opens files dropped on the window; the preload turns each File into a token first. */
  openDropped(tokens: string[]): Promise<IpcResult<DocumentSummary[]>>;
  /** Reopens a recent file. */
  openRecent(token: string): Promise<IpcResult<DocumentSummary[]>>;
  /** The recent-files list, newest first. */
  recent(): Promise<IpcResult<RecentEntry[]>>;
  /** The extracted data and findings of an opened document. */
  review(id: string): Promise<IpcResult<DocumentReview>>;
  /**
   * The document itself, for the left pane (PDF bytes, sanitized HTML, or text); also of a PDF
   * still being read once it was announced through `onSourceShowable`.
   */
  source(id: string): Promise<IpcResult<DocumentSource>>;
  /**
   * 打开文件夹…: the native folder dialog; the folder is read recursively for the file types the
   * CLI reads. Reports stream in through `onDocumentsOpened` as they finish; the answer is the
   * whole batch, checked across files.
   */
  openFolder(): Promise<IpcResult<DocumentSummary[]>>;
  /** 取消: stops handing out files of the batches being read; the rest become 已取消 entries. */
  cancelOpen(): Promise<IpcResult<void>>;
  /** 重试: reads these documents' files again (same ids). */
  retry(ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  /**
   * Removes documents from the batch (never touches the files); answers the documents left whose
   * findings changed (a carry-over pair lost its partner).
   */
  close(ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  /**
   * Reopens a kept batch: afterwards exactly these documents are open (the others are closed).
   * Each id must be one main gave a file the user opened before (main keeps their paths; any other
   * id is refused as 'missing'). Every file is looked at again: one whose content is unchanged keeps
   * its review, a changed one is read again (a new content hash), one no longer at its place is a
   * failed entry with code 'missing'. Reports stream through `onDocumentsOpened`; the answer holds
   * one summary per id, in order, checked across the batch.
   */
  reopen(ids: string[]): Promise<IpcResult<DocumentSummary[]>>;
  /** 重新定位: the native open dialog for one file, which then stands for this document (same id). */
  locate(id: string): Promise<IpcResult<DocumentSummary[]>>;
}

/** The data export formats: every cell as CSV or XLSX, or the JSON of report-format.md. */
export type DataExportFormat = 'csv' | 'xlsx' | 'json';

/** What an export did: saved, or the user cancelled the save dialog; the file name only, no path. */
export interface ExportResult {
  saved: boolean;
  fileName: string | null;
}

/** Who hands the review in, printed on the summary's cover; '' for what the auditor has not set. */
export interface ReviewCover {
  /** 审阅单位 (e.g. 某市人民政府办公室政务公开科). */
  unit: string;
  /** 审阅人: the reports' own reviewer (the notes' author) comes first where there is one. */
  reviewer: string;
}

/** Longest 审阅单位 / 审阅人 the cover takes. */
export const REVIEW_COVER_MAX = 100;

/** `review:*` — exporting the review; main asks where to save, so no path crosses IPC. */
export interface ReviewApi {
  /** 导出审阅报告 (PDF): the summary of these documents with the auditor's statuses and notes. */
  exportPdf(ids: string[], annotations: ReviewAnnotations[], cover: ReviewCover): Promise<IpcResult<ExportResult>>;
  /** Exports every cell and finding of these documents (with statuses and notes where given). */
  exportData(ids: string[], format: DataExportFormat, annotations: ReviewAnnotations[]): Promise<IpcResult<ExportResult>>;
}

/** Channel names, `section:verb`, derived from the contract so that they cannot drift. */
export const CHANNELS = {
  documents: {
    openDialog: 'documents:openDialog',
    openDropped: 'documents:openDropped',
    openRecent: 'documents:openRecent',
    recent: 'documents:recent',
    review: 'documents:review',
    source: 'documents:source',
    openFolder: 'documents:openFolder',
    cancelOpen: 'documents:cancelOpen',
    retry: 'documents:retry',
    close: 'documents:close',
    reopen: 'documents:reopen',
    locate: 'documents:locate',
  },
  review: {
    exportPdf: 'review:exportPdf',
    exportData: 'review:exportData',
  },
  events: {
    openProgress: 'documents:progress',
    documentsOpened: 'documents:opened',
    sourceShowable: 'documents:showable',
    menuCommand: 'app:menu',
  },
  /** Used by the preload only, never exposed: registers a dropped file's path for a token. */
  preload: {
    registerDropped: 'documents:registerDropped',
  },
} as const satisfies {
  documents: Record<keyof DocumentsApi, string>;
  review: Record<keyof ReviewApi, string>;
  events: Record<string, string>;
  preload: Record<string, string>;
};

/** Workspace commands the menu sends to the renderer (`app:menu`); the keyboard has the same. */
export const MENU_COMMANDS = [
  'open',
  'open-folder',
  'export-pdf',
  'export-csv',
  'export-xlsx',
  'export-json',
  'next-finding',
  'previous-finding',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  /** 编辑 → 查找…: the search bar of the source pane. */
  'find',
  /** 帮助 → 快捷键: the list of keyboard shortcuts. */
  'help',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Whether a string that came over `app:menu` is one of the commands (anything else is ignored). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes as `window.api`. */
export interface RendererApi {
  documents: DocumentsApi;
  review: ReviewApi;
  /** Subscribes to progress of files being opened; returns the unsubscribe function. */
  onOpenProgress(listener: (progress: OpenProgress) => void): () => void;
  /**
   * Subscribes to documents as they finish reading (and to documents whose findings changed when
   * the batch was checked across files); returns the unsubscribe function.
   */
  onDocumentsOpened(listener: (documents: DocumentSummary[]) => void): () => void;
  /**
   * Subscribes to PDFs being read whose source can be shown before their review is done (see
   * ShowableSource); returns the unsubscribe function.
   */
  onSourceShowable(listener: (source: ShowableSource) => void): () => void;
  /** Subscribes to menu commands (open, next finding, zoom…); returns the unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Turns the File objects of a drop event into one-use tokens for `documents.openDropped`: the
   * preload reads each path (webUtils.getPathForFile) and hands it to main; the page sees tokens.
   */
  tokensForFiles(files: readonly unknown[]): Promise<IpcResult<string[]>>;
}
