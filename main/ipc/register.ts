import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type DataExportFormat, type IpcResult, type ReviewCover } from '../../shared/ipc/contract';
import { zhMain } from '../strings';
import type { ExportHandlers } from '../export/handlers';
import type { DocumentHandlers, HandlerContext } from './handlers';
import {
  isAbsolutePath,
  isAnnotationList,
  isExportFormat,
  isIdList,
  isIdListOrEmpty,
  isOpaqueId,
  isReviewCover,
  isTrustedUrl,
  validateArgs,
  type Validator,
} from './validate';

/** One IPC channel: its argument validators and the handler run on the validated arguments. */
export interface Route {
  channel: string;
  validators: Validator<unknown>[];
  run(ctx: HandlerContext, args: unknown[]): Promise<IpcResult<unknown>>;
}

/** The routes of `documents:*` and the preload's drop channel, each with its validators. */
export function documentRoutes(h: DocumentHandlers): Route[] {
  const c = CHANNELS.documents;
  return [
    { channel: c.openDialog, validators: [], run: (ctx) => h.openDialog(ctx) },
    { channel: c.openDropped, validators: [isIdList], run: (ctx, [t]) => h.openDropped(ctx, t as string[]) },
    { channel: c.openRecent, validators: [isOpaqueId], run: (ctx, [t]) => h.openRecent(ctx, t as string) },
    { channel: c.recent, validators: [], run: (ctx) => h.recent(ctx) },
    { channel: c.review, validators: [isOpaqueId], run: (ctx, [id]) => h.review(ctx, id as string) },
    { channel: c.source, validators: [isOpaqueId], run: (ctx, [id]) => h.source(ctx, id as string) },
    { channel: c.openFolder, validators: [], run: (ctx) => h.openFolder(ctx) },
    { channel: c.cancelOpen, validators: [], run: (ctx) => h.cancelOpen(ctx) },
    { channel: c.retry, validators: [isIdList], run: (ctx, [ids]) => h.retry(ctx, ids as string[]) },
    { channel: c.close, validators: [isIdList], run: (ctx, [ids]) => h.close(ctx, ids as string[]) },
    { channel: c.reopen, validators: [isIdListOrEmpty], run: (ctx, [ids]) => h.reopen(ctx, ids as string[]) },
    { channel: c.locate, validators: [isOpaqueId], run: (ctx, [id]) => h.locate(ctx, id as string) },
    {
      channel: CHANNELS.preload.registerDropped,
      validators: [isAbsolutePath],
      run: (ctx, [p]) => h.registerDropped(ctx, p as string),
    },
  ];
}

/**
 * The routes of `review:*`: the ids of open documents, the data format, and the renderer's notes
 * and statuses, each checked before the export handlers (main/export/handlers.ts) see them.
 */
export function reviewRoutes(h: ExportHandlers): Route[] {
  const c = CHANNELS.review;
  return [
    {
      channel: c.exportPdf,
      validators: [isIdList, isAnnotationList, isReviewCover],
      run: (_ctx, [ids, notes, cover]) => h.exportPdf(ids as string[], notes, cover as ReviewCover),
    },
    {
      channel: c.exportData,
      validators: [isIdList, isExportFormat, isAnnotationList],
      run: (_ctx, [ids, format, notes]) => h.exportData(ids as string[], format as DataExportFormat, notes),
    },
  ];
}

/** Options of registration: which frame URLs count as our own renderer. */
export interface RegisterOptions {
  devServerUrl?: string;
}

/**
 * Registers routes with ipcMain.handle. Every call is checked: the sender frame must be our own
 * page, and the arguments must pass the route's validators; the answer is always an IpcResult.
 */
export function registerRoutes(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, routes: Route[], options: RegisterOptions = {}): () => void {
  for (const route of routes) {
    ipcMain.handle(route.channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedUrl(event.senderFrame?.url, options.devServerUrl)) {
        return { ok: false, error: { code: 'invalid-argument', message: zhMain.errors.forbiddenSender } };
      }
      const valid = validateArgs(args, route.validators);
      if (!valid) return { ok: false, error: { code: 'invalid-argument', message: zhMain.errors.invalidArgument } };
      const ctx: HandlerContext = {
        progress: (p) => {
          if (!event.sender.isDestroyed()) event.sender.send(CHANNELS.events.openProgress, p);
        },
        opened: (documents) => {
          if (!event.sender.isDestroyed()) event.sender.send(CHANNELS.events.documentsOpened, documents);
        },
        showable: (source) => {
          if (!event.sender.isDestroyed()) event.sender.send(CHANNELS.events.sourceShowable, source);
        },
      };
      try {
        return await route.run(ctx, valid);
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `${zhMain.errors.internal}：${(error as Error)?.message ?? ''}` } };
      }
    });
  }
  return () => routes.forEach((r) => ipcMain.removeHandler(r.channel));
}
