import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names the browser to print with, before any search. */
export const BROWSER_ENV = 'REPORT_REVIEW_BROWSER';

/** No Chromium-based browser could be found: the message says what to install or set. */
export class BrowserNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserNotFoundError';
    // The message is the whole story for the user; the CLI prints the stack, so make it the message.
    this.stack = message;
  }
}

/** What the search depends on, injectable so that every platform's list can be tested anywhere. */
export interface BrowserSearchEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}

/** Where Chrome, Edge and Chromium install themselves, in order of preference. */
export function browserCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    const relative = [
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
      ['Chromium', 'Application', 'chrome.exe'],
    ];
    // Windows paths are joined with backslashes whatever platform runs the search.
    return relative.flatMap((parts) => roots.map((root) => [root.replace(/[\\/]+$/, ''), ...parts].join('\\')));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    const home = env['HOME'];
    return [...apps.map((a) => `/Applications/${a}`), ...(home ? apps.map((a) => join(home, 'Applications', a)) : [])];
  }
  return [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser to print with: the one named by REPORT_REVIEW_BROWSER, else the first installed
 * Chrome, Edge or Chromium. Throws BrowserNotFoundError with a message a user can act on.
 */
export function findBrowser(search: BrowserSearchEnv = { platform: process.platform, env: process.env, exists: existsSync }): string {
  const override = search.env[BROWSER_ENV]?.trim();
  if (override) {
    if (search.exists(override)) return override;
    throw new BrowserNotFoundError(`环境变量 ${BROWSER_ENV} 指定的浏览器不存在：${override}。请改为 Chrome、Edge 或 Chromium 程序文件的完整路径。`);
  }
  const candidates = browserCandidates(search.platform, search.env);
  const found = candidates.find((path) => search.exists(path));
  if (found) return found;
  throw new BrowserNotFoundError(
    `未找到可用于生成 PDF 的浏览器（Chrome、Edge 或 Chromium）。请安装其中之一，或设置环境变量 ${BROWSER_ENV} 指向浏览器程序的完整路径。已查找：\n  ${candidates.join('\n  ')}`,
  );
}
