import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSource, DocumentSummary, IpcResult, RendererApi, ShowableSource } from '../../../../shared/ipc/contract';
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
    ...over,
  };
}

/** An API whose open stays pending until the test answers it, with the events main would send. */
function fakeApi() {
  let answer: (r: IpcResult<DocumentSummary[]>) => void = () => undefined;
  let showable: (s: ShowableSource) => void = () => undefined;
  let opened: (d: DocumentSummary[]) => void = () => undefined;
  const pending = () => new Promise<IpcResult<DocumentSummary[]>>((resolve) => (answer = resolve));
  const api = {
    documents: {
      openDialog: vi.fn(pending),
      openFolder: vi.fn(pending),
      recent: vi.fn(async () => ({ ok: true, value: [] })),
      review: vi.fn(async () => ({ ok: false, error: { code: 'not-found', message: '无' } })),
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
    opened: (d: DocumentSummary[]) => act(() => opened(d)),
    answer: (r: IpcResult<DocumentSummary[]>) => act(async () => answer(r)),
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
