import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findingKey } from '../../../../../shared/model';
import { reportStorageError } from '../../../../../renderer/db/storageErrors';
import { StorageErrorBanner } from '../../../../../renderer/features/notes/StorageErrorBanner';
import { FINDING, renderPanel, resetAll } from './harness';

afterEach(resetAll);

describe('storage errors in the UI', () => {
  it('shows a quota error until the auditor dismisses it', async () => {
    render(<StorageErrorBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => void reportStorageError(new DOMException('full', 'QuotaExceededError')));
    expect(screen.getByRole('alert')).toHaveTextContent('存储空间不足');
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failed write in the notes panel instead of losing it silently', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: findingKey(FINDING) });
    await screen.findByRole('button', { name: '添加批注' });
    db.notes.hook('creating', () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '写不进去');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('存储空间不足');
  });
});
