import { writeFileAtomic } from '../atomicWrite';
import { basename } from 'node:path';
import type { DataExportFormat, ExportResult, IpcResult, ReviewCover } from '../../shared/ipc/contract';
import type { ReviewAnnotations } from '../../shared/model';
import type { StoredDocument } from '../documents/store';
import { toReportJson } from '../documents/reportJson';
import { withCorrections } from './correctionsJson';
import type { ReviewedDocument } from '../documents/reviewFile';
import { localDate } from './localDate';
import { dataCsv } from './csv';
import { parseNotesBackup } from './notesBackup';
import { renderSummaryHtml } from './summary/renderSummary';
import type { SummaryFailure, SummaryReport } from './summary/types';
import { dataXlsx } from './xlsx';

/** A native save dialog's options, reduced to what the exports use. */
export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

/** What the export handlers need; electronPdf.ts supplies the Electron parts. */
export interface ExportHandlerDeps {
  store: { get(id: string): StoredDocument | null };
  /** The chosen path, or null when the user cancelled. */
  showSaveDialog(request: SaveDialogRequest): Promise<string | null>;
  /** Prints the summary HTML (Electron's printToPDF in a hidden window). */
  printToPdf(html: string): Promise<Uint8Array>;
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
  now?(): Date;
}

/** The handlers of `review:*`, plain functions of already validated ids. */
export interface ExportHandlers {
  /** `cover`: 审阅单位 and 审阅人 as the auditor set them (the reports' own reviewer comes first). */
  exportPdf(ids: string[], annotations: unknown, cover?: ReviewCover): Promise<IpcResult<ExportResult>>;
  exportData(ids: string[], format: DataExportFormat, annotations: unknown): Promise<IpcResult<ExportResult>>;
}

/** True for a format `review:exportData` accepts (for the IPC validators). */
export function isDataExportFormat(value: unknown): value is DataExportFormat {
  return value === 'csv' || value === 'xlsx' || value === 'json';
}

const FILTERS: Record<DataExportFormat | 'pdf', { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF 文档', extensions: ['pdf'] },
  csv: { name: 'CSV 表格（UTF-8）', extensions: ['csv'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  json: { name: 'JSON 数据', extensions: ['json'] },
};

/**
 * Builds the export handlers. Annotations come from the renderer's notes store and are untrusted
 * input like any IPC argument: they pass through the same tolerant reader as a notes backup, so a
 * malformed note is dropped rather than printed.
 */
export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  const write = deps.writeFile ?? writeFileAtomic;

  function collect(ids: string[]): { docs: ReviewedDocument[]; failures: SummaryFailure[] } | null {
    const stored = ids.map((id) => deps.store.get(id)).filter((s) => s !== null);
    if (ids.length === 0 || stored.length < ids.length) return null;
    const docs = stored.flatMap((s) => (s.outcome.ok ? [s.outcome.doc] : []));
    const failures = stored.flatMap((s) => (s.outcome.ok ? [] : [{ file: s.outcome.failed.file, message: s.outcome.failed.error.message }]));
    return { docs, failures };
  }

  async function save(kind: DataExportFormat | 'pdf', defaultName: string, title: string, produce: () => Promise<string | Uint8Array>): Promise<IpcResult<ExportResult>> {
    const path = await deps.showSaveDialog({ title, defaultName, filters: [FILTERS[kind]] });
    if (!path) return { ok: true, value: { saved: false, fileName: null } };
    await write(path, await produce());
    return { ok: true, value: { saved: true, fileName: basename(path) } };
  }

  return {
    async exportPdf(ids, annotationsArg, cover) {
      const batch = collect(ids);
      if (!batch) return notFound();
      if (batch.docs.length === 0) return { ok: false, error: { code: 'invalid-argument', message: '所选文件都未能读取，没有可导出的审阅内容。' } };
      const annotations = parseNotesBackup(annotationsArg).annotations;
      const reviewDate = localDate(deps.now?.() ?? new Date());
      const reports: SummaryReport[] = batch.docs.map((doc) => {
        const review = annotations.find((a) => a.sha256 === doc.sha256);
        return { doc, annotations: review, reviewer: review?.reviewer || cover?.reviewer.trim() || '', reviewDate };
      });
      const info = { unit: cover?.unit.trim() ?? '', reviewer: cover?.reviewer.trim() ?? '' };
      return save('pdf', `${defaultBase(batch.docs)}-审阅报告.pdf`, '导出审阅报告（PDF）', () => deps.printToPdf(renderSummaryHtml(reports, batch.failures, info)));
    },

    async exportData(ids, format, annotationsArg) {
      const batch = collect(ids);
      if (!batch) return notFound();
      const annotations: ReviewAnnotations[] = parseNotesBackup(annotationsArg).annotations;
      const name = `${defaultBase(batch.docs)}-数据.${format}`;
      return save(format, name, '导出提取的数据', async () => {
        switch (format) {
          case 'csv':
            return dataCsv(batch.docs, annotations);
          case 'xlsx':
            return dataXlsx(batch.docs, annotations);
          case 'json':
            return `${JSON.stringify(
              batch.docs.map((d) =>
                withCorrections(
                  toReportJson(d),
                  d,
                  annotations.find((a) => a.sha256 === d.sha256),
                ),
              ),
              null,
              2,
            )}\n`;
        }
      });
    },
  };
}

function notFound(): IpcResult<never> {
  return { ok: false, error: { code: 'not-found', message: '要导出的文件已关闭或不存在，请重新打开后再导出。' } };
}

/** A default file name: the organ and year of a single report, else 批量审阅. */
function defaultBase(docs: ReviewedDocument[]): string {
  if (docs.length !== 1) return '批量审阅';
  const { organ, year } = docs[0].data;
  const base = [organ, year === null ? null : `${year}年度`].filter(Boolean).join('');
  // The organ comes from the document: keep it a plain file name on every platform.
  // eslint-disable-next-line no-control-regex -- strips control characters from untrusted text (a file name)
  return (base || docs[0].file.replace(/\.[^.]+$/, '')).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 80);
}
