import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenProgress } from '../../../../../shared/ipc/contract';
import { BatchProgress, OpenProgressBar } from '../../../../../renderer/features/batch/BatchProgress';

afterEach(cleanup);

describe('BatchProgress', () => {
  it('shows the scanned page OCR is reading, 第 n / N 页, while a scan is read', () => {
    render(<BatchProgress progress={{ done: 1, total: 3, current: '扫描件.pdf', ocr: { done: 1, total: 5, page: 4 } }} onCancel={vi.fn()} />);
    expect(screen.getByTestId('batch-progress')).toHaveTextContent('正在读取 1 / 3 份');
    expect(screen.getByTestId('batch-progress-ocr')).toHaveTextContent('正在识别扫描件 第 2 / 5 页');
    expect(screen.getByTestId('batch-progress-ocr')).toHaveAttribute('title', expect.stringContaining('PDF 第 4 页'));
  });

  it('shows no page line for a file read as text, and 取消 cancels', async () => {
    const onCancel = vi.fn();
    render(<BatchProgress progress={{ done: 0, total: 2, current: 'a.docx' }} onCancel={onCancel} />);
    expect(screen.queryByTestId('batch-progress-ocr')).toBeNull();
    await userEvent.click(screen.getByTestId('cancel-open'));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('OpenProgressBar', () => {
  /** An api whose progress events the test sends. */
  function progressApi() {
    const listeners = new Set<(p: OpenProgress) => void>();
    return {
      api: {
        onOpenProgress(listener: (p: OpenProgress) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      send: (p: OpenProgress) => act(() => listeners.forEach((l) => l(p))),
      listeners,
    };
  }
  const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

  it('follows the progress events, the last of a frame wins, and leaves when the reading ends', async () => {
    const { api, send, listeners } = progressApi();
    const { rerender } = render(<OpenProgressBar api={api} busy onCancel={vi.fn()} />);
    expect(screen.queryByTestId('batch-progress')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('正在');
    await send({ done: 0, total: 4, current: 'a.pdf' });
    await send({ done: 1, total: 4, current: 'b.docx' });
    await frame();
    expect(screen.getByTestId('batch-progress')).toHaveTextContent('正在读取 1 / 4 份');
    expect(screen.getByTestId('batch-progress')).toHaveTextContent('b.docx');
    rerender(<OpenProgressBar api={api} busy={false} onCancel={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
    // A progress event after the end (a late one) shows nothing until the next reading.
    await send({ done: 2, total: 4, current: 'c.txt' });
    await frame();
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();
    expect(listeners.size).toBe(0);
  });
});
