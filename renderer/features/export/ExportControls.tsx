import type { DataExportFormat } from '../../../shared/ipc/contract';
import { t } from '../../strings';
import type { MenuItem } from '../../components/OverflowMenu';
import type { Exporter } from './useExport';

const FORMATS: DataExportFormat[] = ['csv', 'xlsx', 'json'];

/** The toolbar's 导出审阅报告 (PDF) button; the data exports go in the overflow menu (exportDataItems). */
export function ExportControls({ exporter, disabled }: { exporter: Exporter; disabled: boolean }) {
  const busy = exporter.state.kind === 'busy';
  return (
    <button type="button" onClick={exporter.exportPdf} disabled={disabled || busy} title={t.exporting.pdfHint} data-testid="export-pdf">
      {t.exporting.pdf}
    </button>
  );
}

/** 导出数据 in CSV, XLSX or JSON, as commands of the toolbar's overflow menu. */
export function exportDataItems(exporter: Exporter, disabled: boolean): MenuItem[] {
  const busy = exporter.state.kind === 'busy';
  return FORMATS.map((format, i) => ({
    label: t.exporting.dataItem(t.exporting.formats[format]),
    onSelect: () => exporter.exportData(format),
    disabled: disabled || busy,
    title: t.exporting.dataHint(t.exporting.formats[format]),
    testId: `export-${format}`,
    separator: i === 0,
  }));
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
