import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, type DocumentSummary, type IpcResult, type OpenProgress, type RendererApi, type ShowableSource } from '../shared/ipc/contract';

// contextBridge only: explicit methods built from the contract, never a generic invoke(channel).
const c = CHANNELS.documents;
const r = CHANNELS.review;

function on<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_event: unknown, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api: RendererApi = {
  documents: {
    openDialog: () => ipcRenderer.invoke(c.openDialog),
    openDropped: (tokens) => ipcRenderer.invoke(c.openDropped, tokens),
    openRecent: (token) => ipcRenderer.invoke(c.openRecent, token),
    recent: () => ipcRenderer.invoke(c.recent),
    review: (id) => ipcRenderer.invoke(c.review, id),
    source: (id) => ipcRenderer.invoke(c.source, id),
    openFolder: () => ipcRenderer.invoke(c.openFolder),
    cancelOpen: () => ipcRenderer.invoke(c.cancelOpen),
    retry: (ids) => ipcRenderer.invoke(c.retry, ids),
    close: (ids) => ipcRenderer.invoke(c.close, ids),
    reopen: (ids) => ipcRenderer.invoke(c.reopen, ids),
    locate: (id) => ipcRenderer.invoke(c.locate, id),
  },
  review: {
    exportPdf: (ids, annotations, cover) => ipcRenderer.invoke(r.exportPdf, ids, annotations, cover),
    exportData: (ids, format, annotations) => ipcRenderer.invoke(r.exportData, ids, format, annotations),
  },
  onOpenProgress: (listener) => on<OpenProgress>(CHANNELS.events.openProgress, listener),
  onDocumentsOpened: (listener) => on<DocumentSummary[]>(CHANNELS.events.documentsOpened, listener),
  onSourceShowable: (listener) => on<ShowableSource>(CHANNELS.events.sourceShowable, listener),
  onMenuCommand: (listener) => on<string>(CHANNELS.events.menuCommand, listener),
  async tokensForFiles(files) {
    const tokens: string[] = [];
    for (const file of files) {
      if (!(file instanceof File)) continue;
      // The path is read here, in the isolated world, and goes straight to main.
      const path = webUtils.getPathForFile(file);
      if (!path) continue;
      const result = (await ipcRenderer.invoke(CHANNELS.preload.registerDropped, path)) as IpcResult<string>;
      if (result.ok) tokens.push(result.value);
    }
    return { ok: true, value: tokens };
  },
};

contextBridge.exposeInMainWorld('api', api);
