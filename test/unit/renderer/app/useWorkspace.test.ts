import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentReview, DocumentSource, DocumentSummary, IpcResult, RendererApi, ShowableSource } from '../../../../shared/ipc/contract';
import type { ReportData } from '../../../../shared/model';
import { useWorkspace } from '../../../../renderer/app/useWorkspace';

afterEach(cleanup);

const PDF_BYTES: DocumentSource = { kind: 'pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

function summary(over: Partial<DocumentSummary>): DocumentSummary {
  return {
    id: 'a',
    name: 'a.pdf',
    format: 'pdf',
    size: 4,
    sha256: 'hash-a',
    status: 'ready',
    organ: null,
    year: 2023,
    template: '2021',
    counts: { error: 0, warning: 0, info: 0 },
    revision: 1,
    ...over,
  };
}

/** An API whose open stays pending until the test answers it, with the events main would send. */
function fakeApi() {
  let answer: (r: IpcResult<DocumentSummary[]>) => void = () => undefined;
  let showable: (s: ShowableSource) => void = () => undefined;
  let opened: (d: DocumentSummary[]) => void = () => undefined;
  // The summaries main holds, as the events and answers gave them.
  const held = new Map<string, DocumentSummary>();
  const pending = () => new Promise<IpcResult<DocumentSummary[]>>((resolve) => (answer = resolve));
  const api = {
    documents: {
      openDialog: vi.fn(pending),
      openFolder: vi.fn(pending),
      recent: vi.fn(async () => ({ ok: true, value: [] })),
      review: vi.fn(async (_id: string): Promise<IpcResult<DocumentReview>> => ({ ok: false, error: { code: 'not-found', message: '无' } })),
      source: vi.fn(async (): Promise<IpcResult<DocumentSource>> => ({ ok: true, value: PDF_BYTES })),
    },
    onOpenProgress: () => () => undefined,
    onDocumentsOpened: (l: typeof opened) => ((opened = l), () => undefined),
    onSourceShowable: (l: typeof showable) => ((showable = l), () => undefined),
    onMenuCommand: () => () => undefined,
  };
  return {
    api: api as unknown as RendererApi,
    calls: api.documents,
    showable: (s: ShowableSource) => act(() => showable(s)),
    current: (id: string) => held.get(id),
    opened: (d: DocumentSummary[]) => {
      for (const s of d) held.set(s.id, s);
      act(() => opened(d));
    },
    answer: (r: IpcResult<DocumentSummary[]>) => {
      if (r.ok) for (const s of r.value) held.set(s.id, s);
      return act(async () => answer(r));
    },
  };
}

describe('a PDF shown while it is reviewed', () => {
  it('becomes the active report with its source loading at once; its review is asked for once the open answers, and the source is not loaded twice', async () => {
    const f = fakeApi();
    const { result } = renderHook(() => useWorkspace(f.api));
    act(() => result.current.openDialog());
    f.showable({ id: 'a', name: 'a.pdf', sha256: 'hash-a', index: 0 });
    expect(result.current.activeId).toBe('a');
    expect(result.current.opening?.id).toBe('a');
    await waitFor(() => expect(result.current.source?.state).toBe('ready'));
    expect(f.calls.review).not.toHaveBeenCalled();

    f.opened([summary({})]);
    await f.answer({ ok: true, value: [summary({})] });
    await waitFor(() => expect(f.calls.review).toHaveBeenCalledTimes(1));
    expect(result.current.opening).toBeNull();
    expect(result.current.source?.state).toBe('ready');
    expect(f.calls.source).toHaveBeenCalledTimes(1);
  });

  it('loads the source again when the reviewed file is not the one drawn (another hash), and drops it when the review failed', async () => {
    const f = fakeApi();
    const { result } = renderHook(() => useWorkspace(f.api));
    act(() => result.current.openDialog());
    f.showable({ id: 'a', name: 'a.pdf', sha256: 'hash-a', index: 0 });
    await waitFor(() => expect(result.current.source?.state).toBe('ready'));
    await f.answer({ ok: true, value: [summary({ sha256: 'hash-b' })] });
    await waitFor(() => expect(f.calls.source).toHaveBeenCalledTimes(2));

    act(() => result.current.openDialog());
    f.showable({ id: 'c', name: 'c.pdf', sha256: 'hash-c', index: 0 });
    await waitFor(() => expect(result.current.source?.state).toBe('ready'));
    const failed = summary({ id: 'c', sha256: 'hash-c', status: 'failed', error: { code: 'not-a-report', message: '不是年度报告' } });
    f.calls.source.mockResolvedValueOnce({ ok: false, error: { code: 'not-a-report', message: '不是年度报告' } });
    await f.answer({ ok: true, value: [failed] });
    expect(result.current.opening).toBeNull();
    expect(result.current.documents.find((d) => d.id === 'c')?.status).toBe('failed');
    await waitFor(() => expect(result.current.source?.state).toBe('failed'));
  });

  it('shows only the first file of an open that shows one: not a later file, nor a file of a folder being read', async () => {
    const f = fakeApi();
    const { result } = renderHook(() => useWorkspace(f.api));
    act(() => result.current.openDialog());
    f.showable({ id: 'b', name: 'b.pdf', sha256: 'hash-b', index: 1 });
    expect(result.current.activeId).toBeNull();
    await f.answer({ ok: true, value: [] });
    act(() => result.current.openFolder());
    f.showable({ id: 'a', name: 'a.pdf', sha256: 'hash-a', index: 0 });
    expect(result.current.activeId).toBeNull();
    // A file opened while the folder is still read: the folder's first PDF is not taken for it.
    act(() => result.current.openDialog());
    f.showable({ id: 'a', name: 'a.pdf', sha256: 'hash-a', index: 0 });
    expect(result.current.activeId).toBeNull();
    expect(f.calls.source).not.toHaveBeenCalled();
  });
});

describe('a report opened while a batch is read', () => {
  it('keeps its loaded review when the open’s answer repeats its summary, and loads it again at another revision', async () => {
    const f = fakeApi();
    f.calls.review.mockImplementation(async (id) => ({ ok: true, value: { summary: f.current(id)!, data: {} as ReportData, findings: [], notes: [], pageTurns: {} } }));
    const { result } = renderHook(() => useWorkspace(f.api));
    act(() => result.current.openFolder());
    const a = summary({ id: 'a', name: 'a.docx', format: 'docx', revision: 1 });
    f.opened([a]);
    // The auditor opens the first report while the rest are read.
    act(() => result.current.setActiveId('a'));
    await waitFor(() => expect(result.current.review?.state).toBe('ready'));
    const b = summary({ id: 'b', name: 'b.docx', format: 'docx', revision: 2 });
    f.opened([b]);
    await f.answer({ ok: true, value: [a, b] });
    expect(result.current.review?.state).toBe('ready');
    expect(f.calls.review).toHaveBeenCalledTimes(1);
    // Checked again across the batch with other findings: a new revision, reviewed afresh.
    f.opened([{ ...a, revision: 3 }]);
    await waitFor(() => expect(f.calls.review).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.review?.state === 'ready' && result.current.review.value.summary.revision).toBe(3));
  });
});
