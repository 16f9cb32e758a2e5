import type { Finding, ReviewAnnotations, Severity } from '../../../shared/model';
import { findingKey } from '../../../shared/model';
import { SEVERITY_ORDER } from './labels';

/** A finding with the number the summary gives it (1, 2, … in severity order) and its key. */
export interface NumberedFinding {
  number: number;
  key: string;
  finding: Finding;
}

/** How a table cell is marked: the worst severity pointing at it and the findings' numbers. */
export interface CellMark {
  severity: Severity | null;
  findings: number[];
  /** Numbers of the cell notes attached to this cell. */
  notes: number[];
}

/**
 * Numbers the findings in the order the summary prints them (errors, then warnings, then info;
 * within a severity, as the checks listed them), so that a cell's marker and the finding's
 * heading carry the same number.
 */
export function numberFindings(findings: Finding[]): NumberedFinding[] {
  const ordered = SEVERITY_ORDER.flatMap((severity) => findings.filter((f) => f.severity === severity));
  return ordered.map((finding, i) => ({ number: i + 1, key: findingKey(finding), finding }));
}

/** The cell notes of a review, numbered in the order they were written. */
export function cellNotes(annotations: ReviewAnnotations | undefined): Array<{ number: number; cell: string; text: string; author: string }> {
  const notes = (annotations?.notes ?? [])
    .flatMap((n) => (n.target.kind === 'cell' ? [{ cell: n.target.cell, text: n.text, author: n.author, createdAt: n.createdAt }] : []))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return notes.map((n, i) => ({ number: i + 1, cell: n.cell, text: n.text, author: n.author }));
}

/** Builds the marks of every cell that a finding or a note points at. */
export function cellMarks(numbered: NumberedFinding[], notes: Array<{ number: number; cell: string }>): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  const markOf = (cell: string): CellMark => {
    let mark = marks.get(cell);
    if (!mark) {
      mark = { severity: null, findings: [], notes: [] };
      marks.set(cell, mark);
    }
    return mark;
  };
  for (const { number, finding } of numbered) {
    for (const cell of new Set(finding.cells)) {
      const mark = markOf(cell);
      mark.findings.push(number);
      if (mark.severity === null || SEVERITY_ORDER.indexOf(finding.severity) < SEVERITY_ORDER.indexOf(mark.severity)) {
        mark.severity = finding.severity;
      }
    }
  }
  for (const note of notes) markOf(note.cell).notes.push(note.number);
  return marks;
}
