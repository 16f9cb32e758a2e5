import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../shared/ipc/contract';
import { aboutPanelOptions } from './about';
import { DropTokens } from './documents/dropTokens';
import { KnownFiles } from './documents/knownFiles';
import { RecentFiles } from './documents/recentFiles';
import { DocumentStore } from './documents/store';
import { reviewPathsInWorker, warmReviewWorkers } from './documents/reviewInWorker';
import { warmAfterFirstPaint } from './documents/warmOnShow';
import { electronExportDeps } from './export/electronPdf';
import { createExportHandlers } from './export/handlers';
import { createDocumentHandlers } from './ipc/handlers';
import { documentRoutes, registerRoutes, reviewRoutes } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveBundle } from './protocol';
import { locateDialogOptions, openDialogOptions, openFolderDialogOptions } from './openDialog';
import { pdfjsAssetRoot } from './parsers/pdf/pdfjsAssets';
import { claimSingleInstance } from './singleInstance';
import { createMainWindow } from './window';

// Lifecycle only: every piece is built elsewhere and composed here.
const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

registerAppScheme();

// One instance: a second launch hands over to the first (one notes database, one recent list).
let focusTarget: BrowserWindow | null = null;
const primary = claimSingleInstance(app, () => {
  if (!focusTarget || focusTarget.isDestroyed()) return;
  if (focusTarget.isMinimized()) focusTarget.restore();
  focusTarget.focus();
});

app.setAboutPanelOptions(aboutPanelOptions(app.getVersion()));

app.whenReady().then(() => {
  if (!primary) return;
  serveBundle(join(here, '../renderer'), { pdfjs: pdfjsAssetRoot(process.resourcesPath) });
  const store = new DocumentStore();
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, openDialogOptions()) : await dialog.showOpenDialog(openDialogOptions());
      return result.canceled ? [] : result.filePaths;
    },
    showFolderDialog: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = openFolderDialogOptions();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showLocateDialog: async (name) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = locateDialogOptions(name);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Parsing runs in a worker thread: the main process keeps answering menus, IPC and windows.
    reviewPaths: reviewPathsInWorker,
    store,
    recent: new RecentFiles(app.getPath('userData')),
    known: new KnownFiles(app.getPath('userData')),
    drops: new DropTokens(),
  });
  // The save dialog attaches to the window that asked (read when an export runs).
  const exports = createExportHandlers({ store, ...electronExportDeps(() => BrowserWindow.getFocusedWindow() ?? win) });
  registerRoutes(ipcMain, [...documentRoutes(handlers), ...reviewRoutes(exports)], { devServerUrl });

  const win = createMainWindow({ preloadDir: join(here, '../preload'), devServerUrl });
  focusTarget = win;
  // pdf.js and the templates load in the review workers after the first paint, not on the first report.
  warmAfterFirstPaint(win, warmReviewWorkers);
  const menu = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    send: (command) => (BrowserWindow.getFocusedWindow() ?? win).webContents.send(CHANNELS.events.menuCommand, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
});

app.on('window-all-closed', () => app.quit());
