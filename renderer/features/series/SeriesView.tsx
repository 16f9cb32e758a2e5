import './series.css';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary, RendererApi } from '../../../shared/ipc/contract';
import type { ReportSeries } from '../../../shared/checks/series';
import { seriesModel, type SeriesCell } from './seriesModel';
import { seriesText as st } from './strings';
import { useSeriesReports } from './useSeriesReports';

function shownValue(cell: SeriesCell): string {
  if (!cell.inTemplate) return '—';
  if (cell.value !== null) return String(cell.value);
  return cell.raw || st.missing;
}

/**
 * 历年对照: one body's reports side by side by year — table 3 一 / 二 / （七）总计 / 四 per column,
 * table 4 totals, table 2 规范性文件 — with the carry-over finding lit on the pair of cells it
 * concerns. A figure opens its report at that cell.
 */
export function SeriesView({
  api,
  series,
  onOpen,
  onClose,
}: {
  api: RendererApi;
  series: ReportSeries<DocumentSummary>;
  onOpen(id: string, cell: string): void;
  onClose(): void;
}) {
  const loaded = useSeriesReports(api, series.members);
  const model = useMemo(() => (loaded.state === 'ready' ? seriesModel(loaded.reports) : null), [loaded]);
  const table = useRef<HTMLTableElement>(null);
  const lines = useMemo(() => model?.sections.flatMap((s) => s.lines) ?? [], [model]);

  // Focus the first figure once the figures are in, so that the keyboard works at once.
  useEffect(() => {
    if (model) table.current?.querySelector<HTMLButtonElement>('button[data-line="0"][data-col="0"]')?.focus();
  }, [model]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-line]');
    if (!at || !model) return;
    let line = Number(at.dataset.line);
    let col = Number(at.dataset.col);
    if (e.key === 'ArrowDown') line = Math.min(lines.length - 1, line + 1);
    else if (e.key === 'ArrowUp') line = Math.max(0, line - 1);
    else if (e.key === 'ArrowRight') col = Math.min(model.columns.length - 1, col + 1);
    else if (e.key === 'ArrowLeft') col = Math.max(0, col - 1);
    else return;
    e.preventDefault();
    table.current?.querySelector<HTMLButtonElement>(`button[data-line="${line}"][data-col="${col}"]`)?.focus();
  };

  const from = series.years[0];
  const to = series.years[series.years.length - 1];
  let index = 0;
  return (
    <section className="series-view" aria-label={st.title(series.organ, from, to)} data-testid="series-view">
      <div className="series-bar">
        <button type="button" onClick={onClose} title={st.backHint} data-testid="series-back">
          {st.back}
        </button>
        <h2 className="series-title">{st.title(series.organ, from, to)}</h2>
        {model && (
          <span className={model.pairs.length > 0 ? 'series-pairs sev-error' : 'series-pairs muted'} data-testid="series-pairs">
            {model.pairs.length > 0 ? st.pairs(model.pairs.length) : st.noPairs}
          </span>
        )}
      </div>
      {loaded.state === 'loading' || !model ? (
        <div className="series-loading muted" role="status">
          {st.loading}
        </div>
      ) : (
        <div className="series-scroll">
          {loaded.failed.map((f) => (
            <div key={f.name} className="series-failed" role="alert">
              {st.failed(f.name, f.error.message)}
            </div>
          ))}
          <p className="series-help muted">{st.help}</p>
          <table className="series-table" ref={table} onKeyDown={onKeyDown} data-testid="series-table">
            <thead>
              <tr>
                <th colSpan={2}>{st.figure}</th>
                {model.columns.map((c) => (
                  <th key={c.id} title={c.title} data-testid="series-column">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            {model.sections.map((section) => (
              <tbody key={section.title}>
                <tr className="series-section">
                  <th colSpan={2 + model.columns.length}>{section.title}</th>
                </tr>
                {section.lines.map((line, i) => {
                  const n = index++;
                  const first = i === 0 || section.lines[i - 1].group !== line.group;
                  const span = section.lines.filter((l) => l.group === line.group).length;
                  return (
                    <tr key={line.key} data-line-key={line.key}>
                      {first && (
                        <th scope="rowgroup" rowSpan={span} className="series-group">
                          {line.group}
                        </th>
                      )}
                      <th scope="row" className="series-label">
                        {line.label}
                      </th>
                      {line.cells.map((cell, col) => (
                        <td key={cell.reportId} className={cell.carryOver ? 'series-cell carry-over' : 'series-cell'}>
                          <button
                            type="button"
                            className="series-figure"
                            tabIndex={n === 0 && col === 0 ? 0 : -1}
                            data-line={n}
                            data-col={col}
                            data-report={cell.reportId}
                            data-cell={cell.ref}
                            data-testid="series-cell"
                            disabled={!cell.inTemplate}
                            title={
                              cell.carryOver ??
                              (cell.inTemplate
                                ? st.cellHint(model.columns[col].label, `${line.group}${line.label ? ' ' + line.label : ''}`, shownValue(cell))
                                : st.notInTemplate)
                            }
                            onClick={() => onOpen(cell.reportId, cell.ref)}
                          >
                            {shownValue(cell)}
                          </button>
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
