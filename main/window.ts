import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { join } from 'node:path';

/** Where the renderer comes from: the dev server in development, the app:// bundle otherwise. */
export function rendererUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? 'app://bundle/index.html';
}

/** Opens an external link only when it is https (the one helper STYLE.md asks for). */
export function openExternalSafely(url: string): boolean {
  try {
    if (new URL(url).protocol !== 'https:') return false;
  } catch {
    return false;
  }
  void shell.openExternal(url);
  return true;
}

/** Denies navigation away from the app and every new window (links go to the browser if https). */
export function lockDownContents(contents: WebContents, allowedUrl: string): void {
  // Compare scheme and host, not `origin`: for app:// (and file://) URL.origin is the string
  // "null", which would make every file:// URL look like ours.
  const allowed = new URL(allowedUrl);
  contents.on('will-navigate', (event, url) => {
    // Reloading our own page is fine; anything else is refused.
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      target = null;
    }
    if (!target || target.protocol !== allowed.protocol || target.host !== allowed.host) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every permission request (camera, notifications, …): the app needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The one place webPreferences live: every security default of STYLE.md. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

/** Creates the main window, locked down, and loads the renderer. */
export function createMainWindow(options: { preloadDir: string; devServerUrl?: string }): BrowserWindow {
  const url = rendererUrl(options.devServerUrl);
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '年报审阅',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(options.preloadDir, 'index.cjs')),
  });
  lockDownContents(win.webContents, url);
  denyPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
