import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../../../main/export/findBrowser';

const only = (path: string) => (p: string) => p === path;

describe('findBrowser', () => {
  it('prefers the browser named by REPORT_REVIEW_BROWSER', () => {
    expect(findBrowser({ platform: 'linux', env: { REPORT_REVIEW_BROWSER: '/opt/my/chrome' }, exists: only('/opt/my/chrome') })).toBe('/opt/my/chrome');
  });

  it('says so in Chinese when REPORT_REVIEW_BROWSER names a missing file', () => {
    expect(() => findBrowser({ platform: 'linux', env: { REPORT_REVIEW_BROWSER: '/nope' }, exists: () => false })).toThrow(
      /REPORT_REVIEW_BROWSER 指定的浏览器不存在：\/nope/,
    );
  });

  it('finds Chromium at /usr/bin/chromium on Linux', () => {
    expect(findBrowser({ platform: 'linux', env: {}, exists: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
  });

  it('finds Edge under Program Files (x86) on Windows', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    expect(findBrowser({ platform: 'win32', env, exists: only(edge) })).toBe(edge);
  });

  it('finds Chrome in /Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: { HOME: '/Users/a' }, exists: only(chrome) })).toBe(chrome);
  });

  it('throws BrowserNotFoundError naming Chrome, Edge, Chromium and the variable when none is installed', () => {
    let error: unknown;
    try {
      findBrowser({ platform: 'linux', env: {}, exists: () => false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect((error as Error).message).toMatch(/未找到可用于生成 PDF 的浏览器（Chrome、Edge 或 Chromium）.*REPORT_REVIEW_BROWSER/s);
    expect((error as Error).message).toContain('/usr/bin/google-chrome');
  });
});
