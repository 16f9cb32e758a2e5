import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../../main/menu');

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

  it('takes extra 文件 items from other features, after 打开', () => {
    const extra = { id: 'export', label: '导出审阅报告' };
    const [file] = buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false, fileItems: [extra] });
    const sub = file.submenu as MenuItemConstructorOptions[];
    expect(sub[0].id).toBe('open');
    expect(sub[1]).toBe(extra);
  });

  it('hides developer tools in a packaged app and adds the app menu on macOS', () => {
    expect(items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: false })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(buildMenuTemplate({ send: vi.fn(), isMac: false, isDev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(buildMenuTemplate({ send: vi.fn(), isMac: true, isDev: false })[0].role).toBe('appMenu');
  });
});
