import { cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { SelectionProvider, useSelection } from '../../../../../renderer/app/selection';
import { setDb, type ReviewDb } from '../../../../../renderer/db/db';
import { clearStorageProblem } from '../../../../../renderer/db/storageErrors';
import { NotesPanel } from '../../../../../renderer/features/notes/NotesPanel';
import { endComposing } from '../../../../../renderer/features/notes/noteComposer';
import { resetUndo } from '../../../../../renderer/features/notes/undoStack';
import { resetAuthorPrompt } from '../../../../../renderer/features/notes/useAuthor';
import type { Finding } from '../../../../../shared/model';
import { freshDb, sha } from '../../db/helpers';

export const SHA = sha('9');
export const FINDING: Finding = {
  rule: 't3.outcome_sum',
  severity: 'error',
  message: '（七）总计（自然人）为1，但各办理结果之和为3',
  cells: ['t3.total.natural', 't3.unable.no_info.natural'],
  anchors: [],
};

type Pick = { finding?: string; cell?: string; passage?: { quote: string } };

function Picker({ pick }: { pick: Pick }) {
  const { selectFinding, selectCell, selectPassage } = useSelection();
  useEffect(() => {
    if (pick.finding) selectFinding(pick.finding, 'findings');
    else if (pick.cell) selectCell(pick.cell, 'tables');
    else if (pick.passage) selectPassage({ anchor: { kind: 'text', start: 10, end: 16 }, quote: pick.passage.quote }, 'document');
  }, [pick, selectFinding, selectCell, selectPassage]);
  return null;
}

/** Renders the notes panel for one report with something selected, on a fresh database. */
export function renderPanel(pick: Pick = {}, db: ReviewDb = freshDb()) {
  setDb(db);
  const view = render(
    <SelectionProvider>
      <Picker pick={pick} />
      <NotesPanel document={{ sha256: SHA, name: '002.docx' }} findings={[FINDING]} />
    </SelectionProvider>,
  );
  return { db, ...view };
}

/** Resets every module-level store between tests. */
export function resetAll(): void {
  cleanup();
  resetUndo();
  resetAuthorPrompt();
  endComposing();
  clearStorageProblem();
  setDb(null);
}
