import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary, ExportResult, IpcResult, RendererApi } from '../../../../../shared/ipc/contract';
import { getDb } from '../../../../../renderer/db/db';
import { setDecision } from '../../../../../renderer/db/decisions';
import { addNote } from '../../../../../renderer/db/notes';
import { OverflowMenu } from '../../../../../renderer/components/OverflowMenu';
import { ExportControls, ExportStatus, exportDataItems } from '../../../../../renderer/features/export/ExportControls';
import { useExport } from '../../../../../renderer/features/export/useExport';

const SHA = 'e'.repeat(64);
const summary: DocumentSummary = {
  id: 'doc-1',
  name: '002.docx',
  format: 'docx',
  size: 1,
  sha256: SHA,
  status: 'ready',
  organ: null,
  year: null,
  template: null,
  counts: { error: 2, warning: 1, info: 0 },
  revision: 1,
};

function fakeApi(answer: () => Promise<IpcResult<ExportResult>>) {
  const review = { exportPdf: vi.fn(answer), exportData: vi.fn(answer) };
  return { api: { review } as unknown as RendererApi, review };
}

function Harness({ api, active }: { api: RendererApi; active: DocumentSummary | null }) {
  const exporter = useExport(api, active);
  return (
    <>
      <ExportControls exporter={exporter} disabled={active?.status !== 'ready'} />
      <OverflowMenu label="更多" items={exportDataItems(exporter, active?.status !== 'ready')} />
      <ExportStatus exporter={exporter} />
    </>
  );
}

afterEach(cleanup);

describe('export controls', () => {
  it('sends the open report’s id with its notes and statuses from IndexedDB, then shows the saved file name', async () => {
    await addNote(getDb(), { sha256: SHA, target: { kind: 'cell', cell: 't3.total.natural' }, text: '总计应为3', author: '甲' });
    await setDecision(getDb(), SHA, 't3.outcome_sum|t3.total.natural', { status: 'confirmed' });
    const { api, review } = fakeApi(async () => ({ ok: true, value: { saved: true, fileName: '审阅报告.pdf' } }));
    render(<Harness api={api} active={summary} />);
    await userEvent.click(screen.getByRole('button', { name: '导出审阅报告' }));
    expect(await screen.findByText('已导出：审阅报告.pdf')).toBeInTheDocument();
    const [ids, annotations] = review.exportPdf.mock.calls[0] as unknown as [
      string[],
      Array<{ sha256: string; notes: Array<{ text: string }>; decisions: Array<{ status: string }> }>,
    ];
    expect(ids).toEqual(['doc-1']);
    expect(annotations).toHaveLength(1);
    expect(annotations[0].sha256).toBe(SHA);
    expect(annotations[0].notes.map((n) => n.text)).toEqual(['总计应为3']);
    expect(annotations[0].decisions.map((d) => d.status)).toEqual(['confirmed']);
  });

  it('exports data in the chosen format and says when the save dialog was cancelled', async () => {
    const { api, review } = fakeApi(async () => ({ ok: true, value: { saved: false, fileName: null } }));
    render(<Harness api={api} active={summary} />);
    await userEvent.click(screen.getByRole('button', { name: '更多 ▾' }));
    await userEvent.click(screen.getByRole('menuitem', { name: '导出数据（XLSX）' }));
    expect(await screen.findByText('已取消导出')).toBeInTheDocument();
    expect((review.exportData.mock.calls[0] as unknown[])[1]).toBe('xlsx');
  });

  it('shows main’s Chinese error as an alert', async () => {
    const { api } = fakeApi(async () => ({ ok: false, error: { code: 'not-found', message: '要导出的文件已关闭或不存在，请重新打开后再导出。' } }));
    render(<Harness api={api} active={summary} />);
    await userEvent.click(screen.getByRole('button', { name: '更多 ▾' }));
    await userEvent.click(screen.getByRole('menuitem', { name: '导出数据（CSV）' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('导出失败：要导出的文件已关闭或不存在，请重新打开后再导出。');
  });

  it('disables the buttons while an export runs, so that one request opens one save dialog', async () => {
    let finish!: (r: IpcResult<ExportResult>) => void;
    const { api, review } = fakeApi(() => new Promise((resolve) => (finish = resolve)));
    render(<Harness api={api} active={summary} />);
    await userEvent.click(screen.getByRole('button', { name: '导出审阅报告' }));
    expect(await screen.findByText('正在导出审阅报告…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出审阅报告' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '更多 ▾' }));
    expect(screen.getByRole('menuitem', { name: '导出数据（JSON）' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '更多 ▾' }));
    await act(async () => finish({ ok: true, value: { saved: true, fileName: 'a.pdf' } }));
    expect(await screen.findByText('已导出：a.pdf')).toBeInTheDocument();
    expect(review.exportPdf).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: '导出审阅报告' })).toBeEnabled();
  });

  it('ignores a second request (menu accelerator and page shortcut) while one runs', async () => {
    let finish!: (r: IpcResult<ExportResult>) => void;
    const { api, review } = fakeApi(() => new Promise((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useExport(api, summary));
    act(() => {
      result.current.exportPdf();
      result.current.exportPdf();
      result.current.exportData('csv');
    });
    await waitFor(() => expect(review.exportPdf).toHaveBeenCalledTimes(1));
    await act(async () => finish({ ok: true, value: { saved: true, fileName: 'a.pdf' } }));
    expect(review.exportData).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({ kind: 'done', message: '已导出：a.pdf' });
  });

  it('is disabled without a readable report open', async () => {
    const { api } = fakeApi(async () => ({ ok: true, value: { saved: false, fileName: null } }));
    render(<Harness api={api} active={{ ...summary, status: 'failed' }} />);
    expect(screen.getByRole('button', { name: '导出审阅报告' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '更多 ▾' }));
    expect(screen.getByRole('menuitem', { name: '导出数据（CSV）' })).toBeDisabled();
  });
});
