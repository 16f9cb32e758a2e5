import { findingKey, type Anchor, type Finding, type ReportData, type Severity } from '../../shared/model';
import type { Selection } from './selection';

const TABLES = ['t2', 't3', 't4'] as const;

/** Every extracted cell that has a place in the source: reference and anchor. */
export function cellAnchors(data: ReportData): Array<{ ref: string; anchor: Anchor }> {
  const out: Array<{ ref: string; anchor: Anchor }> = [];
  for (const table of TABLES) {
    for (const [row, cols] of Object.entries(data.tables[table] ?? {})) {
      for (const [col, cell] of Object.entries(cols)) {
        if (cell.anchor) out.push({ ref: `${table}.${row}.${col}`, anchor: cell.anchor });
      }
    }
  }
  return out;
}

/** The anchor of a cell reference, if the cell was found. */
export function anchorOfCell(data: ReportData, ref: string): Anchor | undefined {
  const last = ref.lastIndexOf('.');
  const first = ref.indexOf('.');
  const table = ref.slice(0, first) as 't2' | 't3' | 't4';
  return data.tables[table]?.[ref.slice(first + 1, last)]?.[ref.slice(last + 1)]?.anchor;
}

/** The worst severity of findings per cell, to mark cells in the tables. */
export function flaggedCells(findings: Finding[]): Map<string, Severity> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Severity>();
  for (const f of findings) {
    for (const cell of f.cells) {
      const old = out.get(cell);
      if (!old || rank[f.severity] > rank[old]) out.set(cell, f.severity);
    }
  }
  return out;
}

/** A place in the source that a finding involves, with the worst severity there: marked faintly. */
export interface FlaggedAnchor {
  anchor: Anchor;
  severity: Severity;
}

/** The source places of every flagged cell (worst severity per cell), for the faint marks. */
export function flaggedAnchors(data: ReportData, findings: Finding[]): FlaggedAnchor[] {
  const out: FlaggedAnchor[] = [];
  for (const [ref, severity] of flaggedCells(findings)) {
    const anchor = anchorOfCell(data, ref);
    if (anchor) out.push({ anchor, severity });
  }
  return out;
}

/** The worse of two severities (a place two cells share shows the worse). */
export function worseSeverity(a: Severity | undefined, b: Severity): Severity {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  return a && rank[a] >= rank[b] ? a : b;
}

/** What to draw for a selection: cells to highlight in the tables, anchors in the document. */
export function highlightTargets(
  selection: Selection,
  data: ReportData | undefined,
  findings: Finding[],
): { cells: Set<string>; anchors: Anchor[]; finding: Finding | null } {
  const finding = selection.findingKey ? (findings.find((f) => findingKey(f) === selection.findingKey) ?? null) : null;
  const cells = new Set<string>(finding ? finding.cells : selection.cell ? [selection.cell] : []);
  const anchors: Anchor[] = [];
  if (data) {
    for (const ref of cells) {
      const anchor = anchorOfCell(data, ref);
      if (anchor) anchors.push(anchor);
    }
  }
  if (finding) anchors.push(...finding.anchors);
  if (selection.passage) anchors.push(selection.passage.anchor);
  return { cells, anchors, finding };
}

/** Findings in the order the list shows them: errors, then warnings, then info. */
export function orderFindings(findings: Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
