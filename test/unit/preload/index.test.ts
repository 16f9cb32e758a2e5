import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type RendererApi } from '../../../shared/ipc/contract';

const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const exposed = new Map<string, unknown>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: () => '' },
}));

let api: RendererApi;
beforeAll(async () => {
  await import('../../../preload/index');
  api = exposed.get('api') as RendererApi;
});

describe('preload', () => {
  it('exposes exactly the contract’s sections as window.api, no generic invoke', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['documents', 'onDocumentsOpened', 'onMenuCommand', 'onOpenProgress', 'onSourceShowable', 'review', 'tokensForFiles']);
    expect(Object.keys(api.review).sort()).toEqual(Object.keys(CHANNELS.review).sort());
    expect(Object.keys(api.documents).sort()).toEqual(Object.keys(CHANNELS.documents).sort());
  });

  it('sends review exports on their own channels with the arguments as given', async () => {
    const notes = [{ sha256: 'a'.repeat(64), reviewer: '', notes: [], decisions: [] }];
    const cover = { unit: '某市人民政府办公室', reviewer: '张三' };
    await api.review.exportPdf(['id-1'], notes, cover);
    expect(invoke).toHaveBeenLastCalledWith('review:exportPdf', ['id-1'], notes, cover);
    await api.review.exportData(['id-1'], 'xlsx', notes);
    expect(invoke).toHaveBeenLastCalledWith('review:exportData', ['id-1'], 'xlsx', notes);
  });
});
