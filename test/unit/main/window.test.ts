import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: Array<{ options: Record<string, unknown>; loaded: string[]; contents: FakeContents }> = [];
const openExternal = vi.fn();

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>();
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
  checkHandler: (() => boolean) | null = null;
  session = {
    setPermissionRequestHandler: (h: FakeContents['permissionHandler']) => (this.permissionHandler = h),
    setPermissionCheckHandler: (h: () => boolean) => (this.checkHandler = h),
  };
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, handler);
  }
  setWindowOpenHandler(h: FakeContents['windowOpenHandler']) {
    this.windowOpenHandler = h;
  }
}

vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => openExternal(url) },
  BrowserWindow: class {
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      created.push({ options, loaded: this.loaded, contents: this.webContents });
    }
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, rendererUrl } = await import('../../../main/window');

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.handlers.get(event)!({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
    openExternal.mockReset();
  });

  it('sandboxes the renderer with context isolation and no Node, loading the preload as CommonJS', () => {
    createMainWindow({ preloadDir: '/app/out/preload' });
    const prefs = created[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('loads the bundle from app:// in production and the dev server in development', () => {
    createMainWindow({ preloadDir: '/p' });
    expect(created[0].loaded).toEqual(['app://bundle/index.html']);
    expect(rendererUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });

  it('denies navigation away from the app and every new window, sending https links to the browser', () => {
    createMainWindow({ preloadDir: '/p' });
    const { contents } = created[0];
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
    expect(contents.windowOpenHandler!({ url: 'file:///c:/x.exe' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses every permission request', () => {
    createMainWindow({ preloadDir: '/p' });
    const { contents } = created[0];
    const answer = vi.fn();
    contents.permissionHandler!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(contents.checkHandler!()).toBe(false);
  });
});
