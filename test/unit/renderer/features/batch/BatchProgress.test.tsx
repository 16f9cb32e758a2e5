import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchProgress } from '../../../../../renderer/features/batch/BatchProgress';

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
