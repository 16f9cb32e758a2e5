import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { secureWebPreferences } from '../window';
import type { ExportHandlerDeps, SaveDialogRequest } from './handlers';
import { electronPdfOptions } from './pdfOptions';

/**
 * Prints the summary HTML with Electron's own Chromium: a hidden, locked-down window (no preload,
 * no JavaScript, a private in-memory session) loads it from a temporary file — a data: URL would
 * hit Chromium's URL length limit on a large batch — and printToPDF uses the same page options as
 * the command line's browser.
 */
export async function printHtmlWithElectron(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'report-review-pdf-'));
  const file = join(dir, 'summary.html');
  const { preload: _none, ...prefs } = secureWebPreferences('');
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...prefs, javascript: false, partition: 'export-pdf' },
  });
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF(electronPdfOptions());
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The native save dialog, attached to the app's window when there is one. */
export async function showSaveDialogFor(parent: BrowserWindow | null, request: SaveDialogRequest): Promise<string | null> {
  // Linux's GTK dialog replaces an existing file silently unless asked to confirm.
  const options = {
    title: request.title,
    defaultPath: request.defaultName,
    filters: request.filters,
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The Electron half of the export handlers' dependencies. */
export function electronExportDeps(parentWindow: () => BrowserWindow | null): Pick<ExportHandlerDeps, 'printToPdf' | 'showSaveDialog'> {
  return {
    printToPdf: printHtmlWithElectron,
    showSaveDialog: (request) => showSaveDialogFor(parentWindow(), request),
  };
}
