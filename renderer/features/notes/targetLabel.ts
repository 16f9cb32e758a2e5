import { findingKey, type Finding, type NoteTarget } from '../../../shared/model';
import { cellLabel } from '../../../shared/template/labels';
import { notesText } from './strings';

const QUOTE_MAX = 40;

/** What a note is attached to, in words, for the notes panel. */
export function targetLabel(target: NoteTarget, findings: readonly Finding[] = []): string {
  switch (target.kind) {
    case 'finding': {
      const f = findings.find((x) => findingKey(x) === target.findingKey);
      return f ? notesText.targetFinding(f.message) : notesText.targetFindingUnknown;
    }
    case 'cell':
      return notesText.targetCell(cellLabel(target.cell, null));
    case 'passage': {
      const q = target.quote.replace(/\s+/g, ' ').trim();
      return notesText.targetPassage(q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX)}…` : q);
    }
  }
}

/** Local date and time for a note, `2024-02-01 09:30`. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
