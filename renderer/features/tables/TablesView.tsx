import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Correction, Finding, ReportData } from '../../../shared/model';
import { flaggedCells } from '../../app/highlights';
import { markPainted } from '../../app/perf';
import { t } from '../../strings';
import { revealElements } from '../../components/reveal';
import { openCellMenu } from '../corrections/cellMenuStore';
import { requestNote } from '../notes/noteComposer';
import { firstCell, isGridKey, moveInGrid } from './cellGrid';
import { T2Table } from './T2Table';
import { T3Table } from './T3Table';
import { T4Table } from './T4Table';

interface TablesViewProps {
  data: ReportData;
  findings: Finding[];
  /** Cells the selection highlights. */
  highlighted: Set<string>;
  onCellClick(ref: string): void;
  /** Changes on every selection, so the view scrolls to the highlight again. */
  scrollSeq: number;
  /** The auditor's corrections: the cell shows both values. */
  corrections?: Correction[];
  /** Controls beside the template line (空白按 0 计). */
  tools?: ReactNode;
  /** What reading the file came across (pages read by OCR, turned, parts skipped): shown under that line. */
  notes?: string[];
}

/** The right pane: tables 2–4 as extracted, in the official layout of their template version. */
export function TablesView({ data, findings, highlighted, onCellClick, scrollSeq, corrections, tools, notes = [] }: TablesViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const flagged = useMemo(() => flaggedCells(findings), [findings]);
  const corrected = useMemo(() => new Map((corrections ?? []).map((c) => [c.cell, c])), [corrections]);
  // Roving tabindex: the tables are one Tab stop, on this cell; arrows move it.
  const [stop, setStop] = useState<string | null>(null);
  const marks = { flagged, highlighted, onCellClick, corrections: corrected, tabStop: stop, template: data.template };
  const version = data.template ?? '2021';

  // The Tab stop follows the selection made elsewhere (a finding's first cell), and falls back
  // to the first cell when its own cell is not drawn (another report, another template).
  const firstLit = [...highlighted][0] ?? null;
  useEffect(() => {
    if (firstLit) setStop(firstLit);
  }, [firstLit, scrollSeq]);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (!stop || !root.querySelector(`td[data-cell="${CSS.escape(stop)}"]`)) setStop(firstCell(root)?.dataset.cell ?? null);
  }, [stop, data]);

  const focusCell = (cell: HTMLElement) => {
    cell.focus({ preventScroll: true });
    if (ref.current) revealElements(ref.current, [cell], 'nearest');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest?.<HTMLElement>('td[data-cell]');
    const root = ref.current;
    if (!cell || !root || e.altKey) return;
    const cellRef = cell.dataset.cell ?? '';
    if (isGridKey(e.key)) {
      e.preventDefault();
      const next = moveInGrid(root, cell, e.key, e.ctrlKey || e.metaKey);
      if (next) focusCell(next);
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      requestNote({ kind: 'cell', cell: cellRef });
    } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const r = cell.getBoundingClientRect();
      openCellMenu({ cell: cellRef, x: r.left, y: r.bottom });
    }
  };

  // Focusing a cell selects it, as a click does, unless the selection already lights it (focus
  // coming back from the cell menu or a note keeps the selected finding).
  // A pointer selects on click, as before; only keyboard focus selects on focus.
  const pointer = useRef(false);
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const cellRef = (e.target as HTMLElement).closest?.<HTMLElement>('td[data-cell]')?.dataset.cell;
    if (!cellRef) return;
    setStop(cellRef);
    if (!pointer.current && !highlighted.has(cellRef)) onCellClick(cellRef);
  };
  const onPointerDown = () => {
    pointer.current = true;
    setTimeout(() => (pointer.current = false), 0);
  };

  useEffect(() => markPainted('tables'), [data]);
  useEffect(() => {
    // -1: the selection was made here; the pane stays where the auditor has it (scrolling now
    // would move the cell from under a right-click between its mousedown and its contextmenu).
    const root = ref.current;
    const lit = [...(root?.querySelectorAll('.cell-highlight') ?? [])];
    if (root && lit.length > 0 && scrollSeq >= 0) revealElements(root, lit);
  }, [scrollSeq]);

  return (
    <div className="tables-view" ref={ref} data-testid="tables-view" onKeyDown={onKeyDown} onFocus={onFocus} onPointerDown={onPointerDown}>
      <div className="tables-meta">
        <span>{t.tables.template(data.template)}</span>
        {tools}
      </div>
      {notes.length > 0 && (
        <ul className="read-notes" aria-label={t.tables.notes} data-testid="read-notes">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <T2Table data={data} version={version} marks={marks} />
      <T3Table data={data} marks={marks} />
      <T4Table data={data} marks={marks} />
    </div>
  );
}
