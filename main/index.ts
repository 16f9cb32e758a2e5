import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../shared/ipc/contract';
import { reviewPaths } from './documents/review';
import { DropTokens } from './documents/dropTokens';
import { RecentFiles } from './documents/recentFiles';
import { DocumentStore } from './documents/store';
import { createDocumentHandlers } from './ipc/handlers';
import { documentRoutes, registerRoutes } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveBundle } from './protocol';
import { openDialogOptions } from './openDialog';
import { createMainWindow } from './window';

// Lifecycle only: every piece is built elsewhere and composed here.
const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

registerAppScheme();

app.whenReady().then(() => {
  serveBundle(join(here, '../renderer'));
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, openDialogOptions()) : await dialog.showOpenDialog(openDialogOptions());
      return result.canceled ? [] : result.filePaths;
    },
    reviewPaths,
    store: new DocumentStore(),
    recent: new RecentFiles(app.getPath('userData')),
    drops: new DropTokens(),
  });
  registerRoutes(ipcMain, documentRoutes(handlers), { devServerUrl });

  const win = createMainWindow({ preloadDir: join(here, '../preload'), devServerUrl });
  const menu = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    send: (command) => (BrowserWindow.getFocusedWindow() ?? win).webContents.send(CHANNELS.events.menuCommand, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
});

app.on('window-all-closed', () => app.quit());
