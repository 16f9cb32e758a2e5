import type { DataExportFormat } from '../../../shared/ipc/contract';
import { t } from '../../strings';
import type { Exporter } from './useExport';

const FORMATS: DataExportFormat[] = ['csv', 'xlsx', 'json'];

/** Toolbar buttons: 导出审阅报告 (PDF) and 导出数据 in CSV, XLSX or JSON. */
export function ExportControls({ exporter, disabled }: { exporter: Exporter; disabled: boolean }) {
  const busy = exporter.state.kind === 'busy';
  return (
    <div className="export-controls">
      <button type="button" onClick={exporter.exportPdf} disabled={disabled || busy} title={t.exporting.pdfHint} data-testid="export-pdf">
        {t.exporting.pdf}
      </button>
      <div className="export-data" role="group" aria-label={t.exporting.data}>
        <span className="export-data-label">{t.exporting.data}</span>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            onClick={() => exporter.exportData(format)}
            disabled={disabled || busy}
            title={t.exporting.dataHint(t.exporting.formats[format])}
            data-testid={`export-${format}`}
          >
            {t.exporting.formats[format]}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The line under the toolbar saying what the export is doing or did (file name only, no path). */
export function ExportStatus({ exporter }: { exporter: Exporter }) {
  const { state } = exporter;
  if (state.kind === 'idle') return null;
  return (
    <div className={`export-status export-${state.kind}`} role={state.kind === 'failed' ? 'alert' : 'status'} data-testid="export-status">
      <span>{state.message}</span>
      {state.kind !== 'busy' && (
        <button type="button" className="link" onClick={exporter.dismiss}>
          {t.exporting.dismiss}
        </button>
      )}
    </div>
  );
}
