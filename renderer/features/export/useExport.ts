import { useCallback, useRef, useState } from 'react';
import type { DataExportFormat, DocumentSummary, ExportResult, IpcResult, RendererApi, ReviewCover } from '../../../shared/ipc/contract';
import type { ReviewAnnotations } from '../../../shared/model';
import { loadAnnotations } from '../../db/annotations';
import { t } from '../../strings';

/** What an export is doing, for the status line: nothing, running, or its outcome in Chinese. */
export type ExportState = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** What the workspace needs to export: a PDF or data, the state, and a way to clear the line. */
export interface Exporter {
  state: ExportState;
  exportPdf(): void;
  exportData(format: DataExportFormat): void;
  dismiss(): void;
}

/**
 * Exports the open report through `review:*`: reads its notes and statuses from IndexedDB
 * (loadAnnotations, keyed by SHA-256) and sends them with its id; main asks where to save and
 * answers with the file name only. A second request while one runs is ignored, so that a menu
 * accelerator and the page's own shortcut can never open two save dialogs.
 */
export function useExport(api: RendererApi, active: DocumentSummary | null, scope?: () => DocumentSummary[], cover?: () => ReviewCover): Exporter {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef(false);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const coverRef = useRef(cover);
  coverRef.current = cover;

  const run = useCallback(
    async (busyMessage: string, send: (ids: string[], annotations: ReviewAnnotations[]) => Promise<IpcResult<ExportResult>>) => {
      if (running.current) return;
      // The batch's export scope (当前报告 / 整个批次 / 选中) when there is one, else the open report;
      // failed files go along so that the summary lists them, but one report must be readable.
      const targets = scopeRef.current ? scopeRef.current() : active ? [active] : [];
      const ready = targets.filter((d) => d.status === 'ready');
      if (ready.length === 0) {
        setState({ kind: 'failed', message: t.exporting.noDocument });
        return;
      }
      running.current = true;
      setState({ kind: 'busy', message: busyMessage });
      try {
        let annotations: ReviewAnnotations[];
        try {
          annotations = await Promise.all(ready.map((d) => loadAnnotations(d.sha256)));
        } catch (err) {
          setState({ kind: 'failed', message: t.exporting.notesFailed(err instanceof Error ? err.message : String(err)) });
          return;
        }
        const result = await send(
          targets.map((d) => d.id),
          annotations,
        );
        if (!result.ok) setState({ kind: 'failed', message: t.exporting.failed(result.error.message) });
        else if (!result.value.saved || !result.value.fileName) setState({ kind: 'done', message: t.exporting.cancelled });
        else setState({ kind: 'done', message: t.exporting.saved(result.value.fileName) });
      } catch (err) {
        setState({ kind: 'failed', message: t.exporting.failed(err instanceof Error ? err.message : String(err)) });
      } finally {
        running.current = false;
      }
    },
    [active],
  );

  const exportPdf = useCallback(
    () => void run(t.exporting.busyPdf, (ids, a) => api.review.exportPdf(ids, a, coverRef.current?.() ?? { unit: '', reviewer: '' })),
    [api, run],
  );
  const exportData = useCallback(
    (format: DataExportFormat) => void run(t.exporting.busyData(t.exporting.formats[format]), (ids, a) => api.review.exportData(ids, format, a)),
    [api, run],
  );
  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, exportPdf, exportData, dismiss };
}
