import type { NoteTarget } from '../../../shared/model';
import type { Selection } from '../../app/selection';

/** The note target of the current selection: the finding, else the cell, else the passage. */
export function selectionTarget(selection: Selection): NoteTarget | null {
  if (selection.findingKey) return { kind: 'finding', findingKey: selection.findingKey };
  if (selection.cell) return { kind: 'cell', cell: selection.cell };
  if (selection.passage) return { kind: 'passage', anchor: selection.passage.anchor, quote: selection.passage.quote };
  return null;
}
