import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import { zhMain } from './strings';

export type { MenuCommand };

/** What the menu needs: a way to send a command to the focused window, and the platform. */
export interface MenuDeps {
  send(command: MenuCommand): void;
  isMac: boolean;
  isDev: boolean;
  /**
   * Extra items for the 文件 menu (e.g. 导出审阅报告 from main/export), inserted after 打开.
   * Other features extend the menu here instead of editing this file.
   */
  fileItems?: MenuItemConstructorOptions[];
}

/** The application menu. Accelerators use CmdOrCtrl so that Ctrl+O / Cmd+O both open. */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const m = zhMain.menu;
  const send = (command: MenuCommand) => () => deps.send(command);
  const file: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      { id: 'open', label: m.open, accelerator: 'CmdOrCtrl+O', click: send('open') },
      { id: 'open-folder', label: m.openFolder, accelerator: 'CmdOrCtrl+Shift+O', click: send('open-folder') },
      ...(deps.fileItems ?? []),
      { type: 'separator' },
      // The renderer holds the notes and statuses, so the menu asks it to export (review:*).
      { id: 'export-pdf', label: m.exportPdf, accelerator: 'CmdOrCtrl+E', click: send('export-pdf') },
      {
        id: 'export-data',
        label: m.exportData,
        submenu: [
          { id: 'export-csv', label: m.exportCsv, click: send('export-csv') },
          { id: 'export-xlsx', label: m.exportXlsx, click: send('export-xlsx') },
          { id: 'export-json', label: m.exportJson, click: send('export-json') },
        ],
      },
      { type: 'separator' },
      deps.isMac ? { role: 'close' } : { role: 'quit', label: m.quit },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      { id: 'next-finding', label: m.nextFinding, accelerator: 'F8', click: send('next-finding') },
      { id: 'previous-finding', label: m.previousFinding, accelerator: 'Shift+F8', click: send('previous-finding') },
      { type: 'separator' },
      { id: 'zoom-in', label: m.zoomIn, accelerator: 'CmdOrCtrl+=', click: send('zoom-in') },
      { id: 'zoom-out', label: m.zoomOut, accelerator: 'CmdOrCtrl+-', click: send('zoom-out') },
      { id: 'zoom-reset', label: m.zoomReset, accelerator: 'CmdOrCtrl+0', click: send('zoom-reset') },
      ...(deps.isDev
        ? ([{ type: 'separator' }, { role: 'reload', label: m.reload }, { role: 'toggleDevTools', label: m.devTools }] as MenuItemConstructorOptions[])
        : []),
    ],
  };
  // The system's editing commands, and 查找 (Ctrl+F), which searches the source text.
  const edit: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      { type: 'separator' },
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'delete', label: m.delete },
      { type: 'separator' },
      { role: 'selectAll', label: m.selectAll },
      { type: 'separator' },
      { id: 'find', label: m.find, accelerator: 'CmdOrCtrl+F', click: send('find') },
    ],
  };
  const template: MenuItemConstructorOptions[] = [file, edit, view];
  // 关于 shows the version (main/about.ts); macOS has it in the app menu already.
  const help: MenuItemConstructorOptions[] = [{ id: 'help', label: m.shortcuts, accelerator: 'F1', click: send('help') }];
  if (deps.isMac) template.unshift({ role: 'appMenu' });
  else help.push({ type: 'separator' }, { id: 'about', role: 'about', label: m.about });
  template.push({ label: m.help, role: 'help', submenu: help });
  return template;
}
