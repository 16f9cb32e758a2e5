import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { rerunChecks } from '../../shared/checks';
import type { RendererApi } from '../../shared/ipc/contract';
import { findingKey, parseCellRef } from '../../shared/model';
import { BatchList } from '../features/batch/BatchList';
import { OpenProgressBar } from '../features/batch/BatchProgress';
import { BatchEditBar, BatchSwitcher } from '../features/batch/BatchSwitcher';
import { ExportScopeSelect } from '../features/batch/ExportScopeSelect';
import { ReportBar } from '../features/batch/ReportBar';
import { batchText } from '../features/batch/strings';
import { useBatch } from '../features/batch/useBatch';
import { BlankAsZeroToggle } from '../features/corrections/BlankAsZeroToggle';
import { CellMenu } from '../features/corrections/CellMenu';
import { CorrectionDialog } from '../features/corrections/CorrectionDialog';
import { cellLabel } from '../../shared/template/labels';
import { useAdjustments } from '../features/corrections/useAdjustments';
import { useCorrectedDocuments } from '../features/corrections/useCorrectedDocuments';
import { EmptyState } from '../features/documents/EmptyState';
import { ExportControls, ExportStatus, exportDataItems } from '../features/export/ExportControls';
import { OverflowMenu, type MenuItem } from '../components/OverflowMenu';
import { useExport } from '../features/export/useExport';
import { CoverDialog } from '../features/export/CoverDialog';
import { useReviewCover } from '../features/export/useReviewCover';
import { useFileDrop } from '../features/documents/useFileDrop';
import { FindingsList } from '../features/findings/FindingsList';
import { SourceView } from '../features/source/SourceView';
import { TablesView } from '../features/tables/TablesView';
import { SeriesView } from '../features/series/SeriesView';
import { useSeriesView } from '../features/series/useSeriesView';
import { t } from '../strings';
import { ActiveDocumentContext } from './activeDocument';
import { cellAnchors, flaggedAnchors, highlightTargets, orderFindings } from './highlights';
import { useSelection } from './selection';
import { useShortcuts, type Command } from './useShortcuts';
import { useWorkspaceKeys } from '../features/keyboard/useWorkspaceKeys';
import { useWorkspace } from './useWorkspace';
import { useReportMemory } from './useReportMemory';
import { ErrorPanel } from './ErrorPanel';
import { PaneLayout } from './layout/PaneLayout';
import { HelpDialog } from '../features/keyboard/HelpDialog';
import { keysText } from '../features/keyboard/strings';
import { closeSearch, getSearch, openSearch } from '../features/search/searchStore';
import { useSearchKeys } from '../features/search/useSearchKeys';

const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/** The review screen: toolbar, document pane, tables pane, findings, and a slot for notes. */
export function ReviewWorkspace({ api, notes }: { api: RendererApi; notes?: ReactNode }) {
  const ws = useWorkspace(api);
  const { selection, selectFinding, selectCell, restore, clear } = useSelection();
  // Selection, scroll positions and zoom belong to a report: switching back puts them back.
  const { zoom, setZoom, stopRestore } = useReportMemory(ws.activeId, selection, restore);
  const dragging = useFileDrop(ws.openFiles);
  const active = ws.documents.find((d) => d.id === ws.activeId) ?? null;
  // A PDF being opened: its pages are drawn while it is reviewed; its summary decides the rest
  // (the full view, or its error).
  const opening = active ? null : ws.opening;
  // The list counts each report's findings as its view shows them: after the auditor's corrections.
  const listed = useCorrectedDocuments(api, ws.documents);
  const batch = useBatch({ ...ws, documents: listed });
  const [batchEdit, setBatchEdit] = useState<'rename' | 'delete' | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const series = useSeriesView(ws);
  const cover = useReviewCover();
  const plainExporter = useExport(api, active, batch.exportTargets, cover.current);
  // A summary of several reports opens with the batch cover: 审阅单位 and 审阅人 are asked once first.
  const { ensure: ensureCover } = cover;
  const { exportTargets } = batch;
  const exporter = useMemo(
    () => ({ ...plainExporter, exportPdf: () => (exportTargets().length > 1 ? ensureCover(plainExporter.exportPdf) : plainExporter.exportPdf()) }),
    [plainExporter, exportTargets, ensureCover],
  );

  const extracted = ws.review?.state === 'ready' ? ws.review.value : null;
  // The auditor's decisions (corrections, 空白按 0 计) rerun the pure checks here, at once; the
  // extracted data stays as main read it.
  const sha256 = active?.status === 'ready' ? active.sha256 : null;
  const adjustments = useAdjustments(sha256);
  const adjusted = useMemo(() => (extracted ? rerunChecks(extracted.data, extracted.findings, adjustments) : null), [extracted, adjustments]);
  const review = useMemo(() => (extracted && adjusted ? { ...extracted, findings: adjusted.findings } : null), [extracted, adjusted]);
  const cause = t.corrections.cause(adjustments.corrections.length > 0, adjustments.blankAsZero);
  const appeared = useMemo(() => new Set(adjusted?.appeared ?? []), [adjusted]);
  const findings = useMemo(() => orderFindings(review?.findings ?? []), [review]);
  // Opened from 历年对照 at a cell: that cell is the selection, and the panes go to it rather than
  // to where the report was left.
  const { takePendingCell } = series;
  useEffect(() => {
    const cell = takePendingCell(ws.activeId);
    if (!cell) return;
    stopRestore();
    selectCell(cell, 'keyboard');
  }, [ws.activeId, selectCell, takePendingCell, stopRestore]);
  const cells = useMemo(() => (review ? cellAnchors(review.data) : []), [review]);
  const flagged = useMemo(() => (review ? flaggedAnchors(review.data, findings) : []), [review, findings]);
  const targets = useMemo(() => highlightTargets(selection, review?.data, findings), [selection, review, findings]);
  const related = useMemo(() => {
    const cell = selection.cell;
    return new Set(cell ? findings.filter((f) => f.cells.includes(cell)).map(findingKey) : []);
  }, [selection.cell, findings]);

  const step = useCallback(
    (delta: 1 | -1) => {
      if (findings.length === 0) return;
      const i = findings.findIndex((f) => findingKey(f) === selection.findingKey);
      const next = i < 0 ? (delta > 0 ? 0 : findings.length - 1) : (i + delta + findings.length) % findings.length;
      selectFinding(findingKey(findings[next]), 'keyboard');
    },
    [findings, selection.findingKey, selectFinding],
  );

  // The source search belongs to the report: another report (or the list) starts without it.
  useEffect(() => closeSearch(), [ws.activeId]);
  const searchable = !!active && ws.source?.state === 'ready';
  useSearchKeys(searchable);

  useWorkspaceKeys({
    closeLayer: () => {
      if (!getSearch().open) return false;
      closeSearch();
      return true;
    },
    clearSelection: () => {
      const had = !!(selection.findingKey || selection.cell || selection.passage);
      if (had) clear();
      return had;
    },
  });

  useShortcuts(api, (command: Command) => {
    const i = ZOOM_STEPS.findIndex((z) => z >= zoom);
    switch (command) {
      case 'open':
        return ws.openDialog();
      case 'open-folder':
        return ws.openFolder();
      case 'export-pdf':
        return exporter.exportPdf();
      case 'export-csv':
        return exporter.exportData('csv');
      case 'export-xlsx':
        return exporter.exportData('xlsx');
      case 'export-json':
        return exporter.exportData('json');
      case 'next-finding':
        return step(1);
      case 'previous-finding':
        return step(-1);
      case 'zoom-in':
        return setZoom(ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, (ZOOM_STEPS[i] === zoom ? i : i - 1) + 1)]);
      case 'zoom-out':
        return setZoom(ZOOM_STEPS[Math.max(0, i - 1)]);
      case 'zoom-reset':
        return setZoom(1);
      case 'find': {
        // Not behind a dialog; in the report list, Ctrl+F goes to the list's own search box.
        const modal = document.querySelector('[aria-modal="true"]');
        if (modal) return;
        if (searchable) return openSearch();
        return document.querySelector<HTMLInputElement>('.batch-list .batch-search')?.focus();
      }
      case 'help':
        if (document.querySelector('[aria-modal="true"]:not(.help-dialog)')) return;
        return setHelpOpen(true);
    }
  });

  // Less-used commands live in the toolbar's overflow menu, so that the toolbar stays one row.
  const exportable = ws.documents.some((d) => d.status === 'ready');
  const moreItems: MenuItem[] = [
    ...exportDataItems(exporter, !exportable),
    { label: t.cover.menu, title: t.cover.menuHint, onSelect: cover.edit, testId: 'cover-edit', separator: true },
    { label: keysText.help.menuItem, onSelect: () => setHelpOpen(true), testId: 'help-open', separator: true },
  ];

  const cellOf = useCallback(
    (ref: string) => {
      const p = parseCellRef(ref);
      const value = p && extracted ? extracted.data.tables[p.table][p.row]?.[p.col] : undefined;
      return { value, label: cellLabel(ref, extracted?.data.template ?? null) };
    },
    [extracted],
  );

  const onTableCell = useCallback((ref: string) => selectCell(ref, 'tables'), [selectCell]);
  const onDocumentCell = useCallback((ref: string) => selectCell(ref, 'document'), [selectCell]);

  return (
    <ActiveDocumentContext.Provider value={{ summary: active, review }}>
      <div className={dragging ? 'workspace dragging' : 'workspace'}>
        <header className="toolbar">
          <strong className="app-name">{t.appName}</strong>
          <button type="button" onClick={ws.openDialog} title={t.toolbar.openHint} data-testid="open">
            {t.toolbar.open}
          </button>
          <button type="button" onClick={ws.openFolder} title={batchText.openFolderHint} data-testid="open-folder">
            {batchText.openFolder}
          </button>
          <BatchSwitcher kept={batch.kept} busy={ws.busy} onEdit={setBatchEdit} />
          <span className="spacer" />
          <button type="button" onClick={() => step(-1)} disabled={findings.length === 0} title="Shift+F8">
            {t.toolbar.previousFinding}
          </button>
          <button type="button" onClick={() => step(1)} disabled={findings.length === 0} title="F8">
            {t.toolbar.nextFinding}
          </button>
          {ws.documents.length > 0 && (
            <ExportScopeSelect
              scope={batch.scope}
              onScope={batch.setScope}
              selected={batch.selected.size}
              total={ws.documents.length}
              hasCurrent={!!(active ?? batch.focusId)}
            />
          )}
          <ExportControls exporter={exporter} disabled={!exportable} />
          <OverflowMenu label={t.toolbar.more} testId="toolbar-more" items={moreItems} />
        </header>
        {batchEdit && <BatchEditBar key={batchEdit} kept={batch.kept} mode={batchEdit} onDone={() => setBatchEdit(null)} />}
        <OpenProgressBar api={api} busy={ws.busy} onCancel={ws.cancelOpen} />
        {active && (
          <ReportBar
            key={active.id}
            doc={active}
            position={batch.shown.findIndex((r) => r.doc.id === active.id) + 1}
            total={batch.shown.length}
            onList={ws.closeReport}
            onStep={batch.step}
          />
        )}
        <ExportStatus exporter={exporter} />
        {cover.editing && cover.stored && <CoverDialog initial={cover.current()} forExport={cover.pending} onSave={(c) => void cover.save(c)} onCancel={cover.cancel} />}
        {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
        <CellMenu sha256={sha256} corrections={adjustments.corrections} />
        <CorrectionDialog sha256={sha256} corrections={adjustments.corrections} cellOf={cellOf} />
        {ws.error && <ErrorPanel title={t.errors.loadFailed} message={ws.error.message} />}
        {!active && !opening && series.current ? (
          <SeriesView api={api} series={series.current} onOpen={series.openAt} onClose={series.close} />
        ) : !active && !opening && ws.documents.length > 0 ? (
          <BatchList
            rows={batch.rows}
            filters={batch.filters}
            onFilters={batch.setFilters}
            sort={batch.sort}
            onSort={batch.setSort}
            selected={batch.selected}
            onSelected={batch.setSelected}
            focusId={batch.focusId}
            onFocus={batch.setFocusId}
            onOpen={ws.setActiveId}
            onRemove={batch.kept.removeDocs}
            onRetry={ws.retry}
            states={batch.kept.states}
            onLocate={batch.kept.locate}
            onAccept={batch.kept.acceptChange}
            seriesYears={series.yearsOf}
            onSeries={series.openFor}
          />
        ) : !active && !opening ? (
          <EmptyState recent={ws.recent} onOpen={ws.openDialog} onOpenFolder={ws.openFolder} onOpenRecent={ws.openRecent} />
        ) : active?.status === 'failed' ? (
          <ErrorPanel title={`${t.errors.failedTitle}：${active.name}`} message={active.error?.message ?? ''}>
            <button type="button" onClick={() => ws.retry([active.id])}>
              {batchText.retry}
            </button>
            {active.error?.code === 'missing' && (
              <button type="button" onClick={() => ws.locate(active.id)} title={batchText.kept.locateHint}>
                {batchText.kept.locate}
              </button>
            )}
          </ErrorPanel>
        ) : (
          <PaneLayout
            source={
              ws.source?.state === 'ready' ? (
                <SourceView
                  source={ws.source.value}
                  highlights={targets.anchors}
                  flagged={flagged}
                  cells={cells}
                  onCellClick={onDocumentCell}
                  zoom={zoom}
                  onZoom={setZoom}
                  scrollSeq={selection.origin === 'document' || selection.origin === 'restore' ? -1 : selection.seq}
                  reviewPending={!review && ws.review?.state !== 'failed'}
                  pageTurns={review?.pageTurns}
                />
              ) : ws.source?.state === 'failed' ? (
                <ErrorPanel title={t.errors.loadFailed} message={ws.source.error.message} />
              ) : (
                <div className="source-loading">{t.source.loading}</div>
              )
            }
            tables={
              <>
                {review && (
                  <TablesView
                    data={review.data}
                    findings={findings}
                    highlighted={targets.cells}
                    onCellClick={onTableCell}
                    scrollSeq={selection.origin === 'tables' || selection.origin === 'restore' ? -1 : selection.seq}
                    corrections={adjustments.corrections}
                    tools={<BlankAsZeroToggle sha256={sha256} on={adjustments.blankAsZero} />}
                    notes={review.notes}
                  />
                )}
                {ws.review?.state === 'failed' ? (
                  <ErrorPanel title={t.errors.loadFailed} message={ws.review.error.message} />
                ) : (
                  !review && <div className="tables-loading">{t.tables.loading}</div>
                )}
              </>
            }
            side={
              <>
                <FindingsList
                  loading={!review && ws.review?.state !== 'failed'}
                  findings={findings}
                  selectedKey={selection.findingKey}
                  relatedKeys={related}
                  onSelect={(f) => selectFinding(findingKey(f), 'findings')}
                  appearedKeys={appeared}
                  vanished={adjusted?.vanished}
                  cause={cause}
                  template={review?.data.template ?? null}
                />
                {notes && (
                  <div className="notes-slot" aria-label={t.notes.slot}>
                    {notes}
                  </div>
                )}
              </>
            }
          />
        )}
      </div>
    </ActiveDocumentContext.Provider>
  );
}
