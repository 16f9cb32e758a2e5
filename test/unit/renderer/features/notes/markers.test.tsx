import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MouseEvent, ReactNode } from 'react';
import { ActiveDocumentContext } from '../../../../../renderer/app/activeDocument';
import { SelectionProvider } from '../../../../../renderer/app/selection';
import { setDb } from '../../../../../renderer/db/db';
import { addNote } from '../../../../../renderer/db/notes';
import { CellNoteMarker } from '../../../../../renderer/features/notes/CellNoteMarker';
import { FindingNoteControls } from '../../../../../renderer/features/notes/FindingNoteControls';
import { getComposing } from '../../../../../renderer/features/notes/noteComposer';
import { onCellContextMenu } from '../../../../../renderer/features/notes/cellNoteMenu';
import type { DocumentSummary } from '../../../../../shared/ipc/contract';
import { freshDb } from '../../db/helpers';
import { resetAll, SHA } from './harness';

afterEach(() => {
  cleanup();
  resetAll();
});

const summary = { id: 'd1', name: '002.docx', sha256: SHA, status: 'ready' } as DocumentSummary;

function Active({ children }: { children: ReactNode }) {
  return (
    <SelectionProvider>
      <ActiveDocumentContext.Provider value={{ summary, review: null }}>{children}</ActiveDocumentContext.Provider>
    </SelectionProvider>
  );
}

describe('note markers', () => {
  it('marks a table cell once a note is attached to it, live', async () => {
    const db = freshDb();
    setDb(db);
    render(
      <Active>
        <table>
          <tbody>
            <tr>
              <td data-testid="cell">
                3<CellNoteMarker cellRef="t3.total.natural" />
              </td>
            </tr>
          </tbody>
        </table>
      </Active>,
    );
    expect(screen.queryByTestId('note-marker')).not.toBeInTheDocument();
    await act(() => addNote(db, { sha256: SHA, target: { kind: 'cell', cell: 't3.total.natural' }, text: 'x', author: '' }));
    await waitFor(() => expect(screen.getByTestId('note-marker')).toHaveAttribute('title', '1 条批注'));
    await act(() => addNote(db, { sha256: SHA, target: { kind: 'cell', cell: 't3.total.natural' }, text: 'y', author: '' }));
    await waitFor(() => expect(screen.getByTestId('note-marker')).toHaveTextContent('✎2'));
  });

  it('opens the note editor for a cell from its context menu', () => {
    let selected = '';
    const event = { preventDefault: () => undefined } as unknown as MouseEvent;
    onCellContextMenu(event, 't3.new.total', (ref) => (selected = ref));
    expect(selected).toBe('t3.new.total');
    expect(getComposing()).toEqual({ kind: 'cell', cell: 't3.new.total' });
  });

  it('gives each finding of the list a status select and 添加批注', async () => {
    const db = freshDb();
    setDb(db);
    const user = userEvent.setup();
    render(
      <Active>
        <FindingNoteControls findingKey="t3.balance|t3.new.total" />
      </Active>,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '核查状态' }), '误报');
    await waitFor(async () => expect((await db.decisions.get([SHA, 't3.balance|t3.new.total']))?.status).toBe('false_positive'));
    await user.click(screen.getByRole('button', { name: '添加批注' }));
    expect(getComposing()).toEqual({ kind: 'finding', findingKey: 't3.balance|t3.new.total' });
  });
});
