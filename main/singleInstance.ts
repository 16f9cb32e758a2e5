/** The part of Electron's `app` the single-instance lock uses (a fake in tests). */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * Keeps one instance of the app: a second launch quits at once and the first one is brought to
 * the front (two instances would share one notes database and one recent-files list, each
 * overwriting the other's writes). Returns false in the instance that must quit.
 */
export function claimSingleInstance(app: SingleInstanceApp, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', focusExisting);
  return true;
}
