import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Correction, Finding, ReportData } from '../../../shared/model';
import { flaggedCells } from '../../app/highlights';
import { markPainted } from '../../app/perf';
import { t } from '../../strings';
import { revealElements } from '../../components/reveal';
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
}

/** The right pane: tables 2–4 as extracted, in the official layout of their template version. */
export function TablesView({ data, findings, highlighted, onCellClick, scrollSeq, corrections, tools }: TablesViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const flagged = useMemo(() => flaggedCells(findings), [findings]);
  const corrected = useMemo(() => new Map((corrections ?? []).map((c) => [c.cell, c])), [corrections]);
  const marks = { flagged, highlighted, onCellClick, corrections: corrected };
  const version = data.template ?? '2021';

  useEffect(() => markPainted('tables'), [data]);
  useEffect(() => {
    const root = ref.current;
    const lit = [...(root?.querySelectorAll('.cell-highlight') ?? [])];
    if (root && lit.length > 0) revealElements(root, lit);
  }, [scrollSeq]);

  return (
    <div className="tables-view" ref={ref} data-testid="tables-view">
      <div className="tables-meta">
        <span>{t.tables.template(data.template)}</span>
        {tools}
      </div>
      <T2Table data={data} version={version} marks={marks} />
      <T3Table data={data} marks={marks} />
      <T4Table data={data} marks={marks} />
    </div>
  );
}
