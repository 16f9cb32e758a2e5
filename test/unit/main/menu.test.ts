import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../../main/menu');
const { MENU_COMMANDS, isMenuCommand } = await import('../../../shared/ipc/contract');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [m, ...((m.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('application menu', () => {
  it('opens files with Ctrl/Cmd+O by sending the open command to the renderer', () => {
    const send = vi.fn();
    const open = items(buildMenuTemplate({ send, isMac: false, isDev: false })).find((i) => i.id === 'open')!;
    expect(open.label).toBe('打开…');
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    (open.click as () => void)();
    expect(send).toHaveBeenCalledWith('open');
  });

  it('offers next/previous finding and zoom with keyboard accelerators', () => {
    const all = items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false }));
    const byId = (id: string) => all.find((i) => i.id === id)!;
    expect(byId('next-finding').accelerator).toBe('F8');
    expect(byId('previous-finding').accelerator).toBe('Shift+F8');
    expect(byId('zoom-in').accelerator).toBe('CmdOrCtrl+=');
    expect(byId('zoom-out').accelerator).toBe('CmdOrCtrl+-');
  });

  it('takes extra 文件 items from other features, after 打开 and 打开文件夹', () => {
    const extra = { id: 'export', label: '导出审阅报告' };
    const [file] = buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false, fileItems: [extra] });
    const sub = file.submenu as MenuItemConstructorOptions[];
    expect(sub[0].id).toBe('open');
    expect(sub[1]).toMatchObject({ id: 'open-folder', label: '打开文件夹…', accelerator: 'CmdOrCtrl+Shift+O' });
    expect(sub[2]).toBe(extra);
  });

  it('offers 关于年报审阅 (the version) under 帮助, and leaves it to the app menu on macOS', () => {
    const about = items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false })).find((i) => i.id === 'about')!;
    expect(about).toMatchObject({ role: 'about', label: '关于年报审阅' });
    expect(items(buildMenuTemplate({ send: vi.fn(), isMac: true, isDev: false })).some((i) => i.role === 'about')).toBe(false);
  });

  it('hides developer tools in a packaged app and adds the app menu on macOS', () => {
    expect(items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(buildMenuTemplate({ send: vi.fn(), isMac: true, isDev: false })[0].role).toBe('appMenu');
  });
});

describe('查找 and 快捷键', () => {
  it('searches the source with Ctrl/Cmd+F under 编辑 and lists the shortcuts with F1 under 帮助, on every platform', () => {
    for (const isMac of [false, true]) {
      const send = vi.fn();
      const template = buildMenuTemplate({ send, isMac, isDev: false });
      const edit = template.find((m) => m.label === '编辑')!;
      const find = (edit.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'find')!;
      expect(find).toMatchObject({ label: '查找…', accelerator: 'CmdOrCtrl+F' });
      // The system's editing commands stay.
      expect((edit.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
      const help = template.find((m) => m.role === 'help')!;
      const keys = (help.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'help')!;
      expect(keys).toMatchObject({ label: '快捷键', accelerator: 'F1' });
      (find.click as () => void)();
      (keys.click as () => void)();
      expect(send.mock.calls.map(([c]) => c)).toEqual(['find', 'help']);
    }
  });

  it('sends only commands of the contract, which the renderer accepts and nothing else', () => {
    const send = vi.fn();
    for (const item of items(buildMenuTemplate({ send, isMac: false, isDev: false })).flatMap((i) => [
      i,
      ...((i.submenu as MenuItemConstructorOptions[] | undefined) ?? []),
    ]))
      if (typeof item.click === 'function') (item.click as () => void)();
    const sent = send.mock.calls.map(([c]) => c as string);
    expect(sent.length).toBeGreaterThan(10);
    for (const c of sent) expect(isMenuCommand(c)).toBe(true);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    expect(isMenuCommand('reload')).toBe(false);
    expect(isMenuCommand(42)).toBe(false);
  });
});

describe('export items of the 文件 menu', () => {
  it('exports the review PDF with Ctrl/Cmd+E and the data as CSV, XLSX or JSON, by asking the renderer', () => {
    const send = vi.fn();
    const [file] = buildMenuTemplate({ send, isMac: false, isDev: false });
    expect(file.label).toBe('文件');
    const sub = file.submenu as MenuItemConstructorOptions[];
    const pdf = sub.find((i) => i.id === 'export-pdf')!;
    expect(pdf.label).toBe('导出审阅报告（PDF）…');
    expect(pdf.accelerator).toBe('CmdOrCtrl+E');
    (pdf.click as () => void)();
    expect(send).toHaveBeenLastCalledWith('export-pdf');

    const data = sub.find((i) => i.id === 'export-data')!;
    expect(data.label).toBe('导出数据');
    const formats = data.submenu as MenuItemConstructorOptions[];
    expect(formats.map((i) => i.label)).toEqual(['CSV 表格…', 'Excel 工作簿（XLSX）…', 'JSON 数据…']);
    for (const item of formats) (item.click as () => void)();
    expect(send.mock.calls.slice(1).map(([c]) => c)).toEqual(['export-csv', 'export-xlsx', 'export-json']);
    // Export sits between 打开 and 退出.
    expect(sub.findIndex((i) => i.id === 'open')).toBeLessThan(sub.indexOf(pdf));
    expect(sub.indexOf(pdf)).toBeLessThan(sub.findIndex((i) => i.role === 'quit'));
  });
});
