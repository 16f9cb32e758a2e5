import type { Finding, NoteTarget } from '../../../shared/model';
import { DecisionNoteField } from './DecisionNoteField';
import { FindingStatusSelect } from './FindingStatusSelect';
import { requestNote } from './noteComposer';
import { notesText } from './strings';
import { targetLabel } from './targetLabel';

/** Props of SelectedTarget. */
export interface SelectedTargetProps {
  sha256: string;
  target: NoteTarget | null;
  findings?: readonly Finding[];
}

/** The selected finding, cell or passage: its status (for a finding) and 「添加批注」. */
export function SelectedTarget({ sha256, target, findings }: SelectedTargetProps) {
  if (!target) return <p className="notes-hint">{notesText.nothingSelected}</p>;
  return (
    <section className="notes-selected" aria-label={targetLabel(target, findings)}>
      <div className="notes-selected-label">{targetLabel(target, findings)}</div>
      {target.kind === 'finding' && (
        <div className="notes-decision">
          <FindingStatusSelect sha256={sha256} findingKey={target.findingKey} />
          <DecisionNoteField sha256={sha256} findingKey={target.findingKey} />
        </div>
      )}
      <button type="button" title={notesText.addHint} onClick={() => requestNote(target)}>
        {notesText.addNote}
      </button>
    </section>
  );
}
