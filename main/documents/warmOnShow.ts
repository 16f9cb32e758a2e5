/** What tells that the window has painted: Electron's BrowserWindow ('ready-to-show'). */
export interface ShownSignal {
  once(event: 'ready-to-show', listener: () => void): unknown;
}

/**
 * Warms the review workers (WorkerReviewer.warm) once the window has painted for the first time,
 * and a moment later, so that loading pdf.js never competes with the first paint; the first report
 * opened after that pays no start-up. A warm-up that fails is ignored: the first read retries.
 */
export function warmAfterFirstPaint(win: ShownSignal, warm: () => Promise<void>, delayMs = 250): void {
  win.once('ready-to-show', () => {
    setTimeout(() => void warm().catch(() => undefined), delayMs);
  });
}
