import type { Page } from 'playwright-core';
import { CHANNELS, type IpcResult } from '../../shared/ipc/contract';
import type { ExportHandlers } from '../../main/export/handlers';
import type { DocumentHandlers } from '../../main/ipc/handlers';
import { documentRoutes, reviewRoutes } from '../../main/ipc/register';
import { validateArgs } from '../../main/ipc/validate';

/** Uint8Arrays do not cross Playwright's bridge: send them as base64 and rebuild them in the page. */
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/** The test's side of the served API. */
export interface ApiBridge {
  /** Resolves once every call the page has made is answered (at once when none is running). */
  idle(): Promise<void>;
}

/**
 * Serves `window.api` in the page from the real main-process routes: the same validators and the
 * same handlers as register.ts wires into ipcMain (only the sender check, which needs Electron's
 * frames, is left out). Runs in place of the preload. `exports` serves `review:*` (export handlers
 * whose save dialog and printing the test chose); without it those calls answer invalid-argument.
 */
export async function installApi(page: Page, handlers: DocumentHandlers, exports?: ExportHandlers): Promise<ApiBridge> {
  const routes = new Map([...documentRoutes(handlers), ...(exports ? reviewRoutes(exports) : [])].map((r) => [r.channel, r]));
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  const track = async <T>(call: () => Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await call();
    } finally {
      if (--inFlight === 0) for (const resolve of waiters.splice(0)) resolve();
    }
  };
  await page.exposeBinding('__reviewIpc', (_source, channel: string, args: unknown[]) => track(() => answer(channel, args)));
  async function answer(channel: string, args: unknown[]): Promise<unknown> {
    const route = routes.get(channel);
    // The drop channel is the preload's own; the page can never reach it.
    if (!route || channel === CHANNELS.preload.registerDropped) return { ok: false, error: { code: 'invalid-argument', message: channel } };
    const valid = validateArgs(args, route.validators);
    if (!valid) return { ok: false, error: { code: 'invalid-argument', message: '参数无效' } };
    // Events reach the page in order and before the answer, as over Electron's IPC.
    let events = Promise.resolve();
    const emit = (kind: string, value: unknown) => {
      events = events
        .then(() =>
          page.evaluate(([k, v]) => (window as unknown as { __reviewEmit?: (c: string, v: unknown) => void }).__reviewEmit?.(k as string, v), [kind, value] as const),
        )
        .then(
          () => undefined,
          () => undefined,
        );
    };
    const ctx = {
      progress: (p: unknown) => emit('progress', p),
      opened: (documents: unknown) => emit('opened', documents),
      showable: (source: unknown) => emit('showable', source),
    };
    const result: IpcResult<unknown> = await route.run(ctx, valid);
    await events;
    return encode(result);
  }
  await page.addInitScript((channels: typeof CHANNELS) => {
    type Listener = (value: unknown) => void;
    const listeners: Record<string, Set<Listener>> = { progress: new Set(), menu: new Set(), opened: new Set(), showable: new Set() };
    const w = window as unknown as Record<string, unknown>;
    const ipc = w.__reviewIpc as (channel: string, args: unknown[]) => Promise<unknown>;
    const decode = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(decode);
      if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o.__bytes === 'string') return Uint8Array.from(atob(o.__bytes), (c) => c.charCodeAt(0));
        return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decode(v)]));
      }
      return value;
    };
    const call = (channel: string, ...args: unknown[]) => ipc(channel, args).then(decode);
    const on = (kind: string) => (listener: Listener) => {
      listeners[kind].add(listener);
      return () => listeners[kind].delete(listener);
    };
    w.__reviewEmit = (kind: string, value: unknown) => listeners[kind]?.forEach((l) => l(value));
    const c = channels.documents;
    const r = channels.review;
    w.api = {
      documents: {
        openDialog: () => call(c.openDialog),
        openDropped: (tokens: string[]) => call(c.openDropped, tokens),
        openRecent: (token: string) => call(c.openRecent, token),
        recent: () => call(c.recent),
        review: (id: string) => call(c.review, id),
        source: (id: string) => call(c.source, id),
        openFolder: () => call(c.openFolder),
        cancelOpen: () => call(c.cancelOpen),
        retry: (ids: string[]) => call(c.retry, ids),
        close: (ids: string[]) => call(c.close, ids),
        reopen: (ids: string[]) => call(c.reopen, ids),
        locate: (id: string) => call(c.locate, id),
      },
      review: {
        exportPdf: (ids: string[], annotations: unknown[], cover: unknown) => call(r.exportPdf, ids, annotations, cover),
        exportData: (ids: string[], format: string, annotations: unknown[]) => call(r.exportData, ids, format, annotations),
      },
      onOpenProgress: on('progress'),
      onDocumentsOpened: on('opened'),
      onSourceShowable: on('showable'),
      onMenuCommand: on('menu'),
      // A browser page has no file paths; the e2e suite opens files through the dialog.
      tokensForFiles: async () => ({ ok: true, value: [] }),
    };
  }, CHANNELS);
  return {
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
