import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWorkspaceKeys } from '../../../../../renderer/features/keyboard/useWorkspaceKeys';

afterEach(cleanup);

/** A workspace with a cell outside and, while open, a modal dialog that closes itself on Esc. */
function Workspace({ clearSelection }: { clearSelection: () => boolean }) {
  const [open, setOpen] = useState(true);
  useWorkspaceKeys({ clearSelection });
  return (
    <div className="workspace">
      <button type="button" data-testid="cell">
        3
      </button>
      {open && (
        <div onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setOpen(false))}>
          <div role="dialog" aria-modal="true" data-testid="dialog">
            <input aria-label="更正值" />
          </div>
        </div>
      )}
    </div>
  );
}

describe('Esc while a modal dialog is open', () => {
  it('closes the dialog even when the focus has not reached it yet, and leaves the selection', () => {
    const clearSelection = vi.fn(() => true);
    render(<Workspace clearSelection={clearSelection} />);
    const cell = screen.getByTestId('cell');
    cell.focus();
    act(() => void fireEvent.keyDown(cell, { key: 'Escape' }));
    expect(screen.queryByTestId('dialog')).toBeNull();
    expect(clearSelection).not.toHaveBeenCalled();
    // With no dialog left, the next Esc clears the selection.
    act(() => void fireEvent.keyDown(cell, { key: 'Escape' }));
    expect(clearSelection).toHaveBeenCalledTimes(1);
  });

  it('closes the dialog from inside it, once', () => {
    const clearSelection = vi.fn(() => true);
    render(<Workspace clearSelection={clearSelection} />);
    const field = screen.getByLabelText('更正值');
    field.focus();
    act(() => void fireEvent.keyDown(field, { key: 'Escape' }));
    expect(screen.queryByTestId('dialog')).toBeNull();
    expect(clearSelection).not.toHaveBeenCalled();
  });
});
