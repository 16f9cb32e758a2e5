// The app as the e2e tests run it: the built renderer served over HTTP, opened in Chromium, with
// `window.api` answered by the real main handlers in this process (bridge.ts). One place for the
// start-up every e2e file needs; a file passes what differs (the pipeline, the export handlers,
// the folder dialog, the window size).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DropTokens } from '../../main/documents/dropTokens';
import { RecentFiles } from '../../main/documents/recentFiles';
import { reviewPathsInWorker } from '../../main/documents/reviewInWorker';
import { DocumentStore } from '../../main/documents/store';
import { createExportHandlers, type ExportHandlerDeps } from '../../main/export/handlers';
import { printHtmlWithBrowser } from '../../main/export/printWithBrowser';
import { createDocumentHandlers, type DocumentHandlerDeps, type DocumentHandlers } from '../../main/ipc/handlers';
import { installApi } from './bridge';
import { buildRenderer } from './buildRenderer';
import { serveFolder } from './staticServer';

/** Where e2e screenshots go (test-results/, ignored by git). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');

export const CHROMIUM = '/usr/bin/chromium';

/** What a test file changes in the app it starts. */
export interface E2eAppOptions {
  /** The pipeline: the app's pool of review workers unless given (reviewPaths reads in this thread). */
  reviewPaths?: DocumentHandlerDeps['reviewPaths'];
  /** Serve `review:*` too (summary PDF and data exports), printing through Chromium. */
  exports?: Pick<ExportHandlerDeps, 'showSaveDialog'>;
  viewport?: { width: number; height: number };
  /** What to do with an error thrown in the page (default: print it). */
  onPageError?: (message: string) => void;
}

export interface E2eApp {
  browser: Browser;
  page: Page;
  documents: DocumentHandlers;
  store: DocumentStore;
  /** Where the renderer is served. */
  url: string;
  /** A scratch folder of this app (its userData, fixtures a test copies), removed by close(). */
  work: string;
  /** Queues the paths the next 打开文件 dialog answers with (an empty answer when none is queued). */
  answerOpenDialog(paths: string[]): void;
  close(): Promise<void>;
}

/** Starts the renderer in Chromium against the real main handlers, on an empty workspace. */
export async function startE2eApp(options: E2eAppOptions = {}): Promise<E2eApp> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveFolder(buildRenderer());
  const work = mkdtempSync(join(tmpdir(), 'review-e2e-'));
  const answers: string[][] = [];
  const store = new DocumentStore();
  const documents = createDocumentHandlers({
    showOpenDialog: async () => answers.shift() ?? [],
    reviewPaths: options.reviewPaths ?? reviewPathsInWorker,
    store,
    recent: new RecentFiles(join(work, 'userData')),
    drops: new DropTokens(),
  });
  const exports = options.exports
    ? createExportHandlers({ store, showSaveDialog: options.exports.showSaveDialog, printToPdf: (html) => printHtmlWithBrowser(html, CHROMIUM) })
    : undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => (options.onPageError ?? ((m: string) => console.error('[page error]', m)))(e.message));
  await installApi(page, documents, exports);
  await page.goto(server.url);
  return {
    browser,
    page,
    documents,
    store,
    url: server.url,
    work,
    answerOpenDialog: (paths) => void answers.push(paths),
    async close() {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
