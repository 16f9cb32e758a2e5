import { existsSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is not installed as a binary here: a stand-in records what the export asks of it.
const calls = vi.hoisted(() => ({
  windows: [] as Array<Record<string, unknown>>,
  loaded: [] as string[],
  printed: [] as unknown[],
  destroyed: 0,
  dialogs: [] as unknown[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      printToPDF: vi.fn(async (options: unknown) => {
        calls.printed.push(options);
        return Buffer.from('%PDF-1.4 fake');
      }),
    };
    constructor(options: Record<string, unknown>) {
      calls.windows.push(options);
    }
    async loadFile(path: string) {
      calls.loaded.push(path);
      expect(existsSync(path)).toBe(true);
    }
    destroy() {
      calls.destroyed += 1;
    }
  }
  return {
    BrowserWindow,
    shell: { openExternal: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(async (...args: unknown[]) => {
        calls.dialogs.push(args);
        return { canceled: false, filePath: '/tmp/chosen.pdf' };
      }),
    },
  };
});

const { printHtmlWithElectron, showSaveDialogFor } = await import('../../../../main/export/electronPdf');
const { playwrightPdfOptions } = await import('../../../../main/export/pdfOptions');

describe('printing the summary with Electron', () => {
  beforeEach(() => {
    calls.windows.length = 0;
    calls.loaded.length = 0;
    calls.printed.length = 0;
    calls.destroyed = 0;
  });

  it('prints from a hidden, sandboxed window without JavaScript, then destroys it and its temp file', async () => {
    const pdf = await printHtmlWithElectron('<html><body>审阅报告</body></html>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    const options = calls.windows[0] as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(options.webPreferences.preload).toBeUndefined();
    expect(calls.destroyed).toBe(1);
    expect(existsSync(calls.loaded[0])).toBe(false);
  });

  it('uses the same page as the command line: A4, the same margins in inches, the same footer', async () => {
    await printHtmlWithElectron('<html></html>');
    const electron = calls.printed[0] as { pageSize: string; footerTemplate: string; margins: { top: number; bottom: number } };
    const browser = playwrightPdfOptions();
    expect(electron.pageSize).toBe(browser.format);
    expect(electron.footerTemplate).toBe(browser.footerTemplate);
    expect(`${Math.round(electron.margins.top * 25.4)}mm`).toBe(browser.margin.top);
    expect(`${Math.round(electron.margins.bottom * 25.4)}mm`).toBe(browser.margin.bottom);
  });

  it('asks where to save with the default name and filter', async () => {
    const path = await showSaveDialogFor(null, {
      title: '导出审阅报告（PDF）',
      defaultName: '甲局2023年度-审阅报告.pdf',
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    expect(path).toBe('/tmp/chosen.pdf');
    // showOverwriteConfirmation: Linux's dialog would otherwise replace an existing file silently.
    expect(calls.dialogs[0]).toEqual([
      {
        title: '导出审阅报告（PDF）',
        defaultPath: '甲局2023年度-审阅报告.pdf',
        filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      },
    ]);
  });
});
