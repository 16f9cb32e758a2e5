import type { OpenDialogOptions } from 'electron';
import { zhMain } from './strings';

/** The native open dialog: several files, the formats the parsers read. */
export function openDialogOptions(): OpenDialogOptions {
  return {
    title: zhMain.dialog.openTitle,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: zhMain.dialog.filterReports, extensions: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'txt'] },
      { name: zhMain.dialog.filterAll, extensions: ['*'] },
    ],
  };
}

/** The native folder dialog of 打开文件夹…: one folder, read recursively. */
export function openFolderDialogOptions(): OpenDialogOptions {
  return { title: zhMain.dialog.openFolderTitle, properties: ['openDirectory'] };
}

/** 重新定位: the open dialog for the one file that stands for a moved report of a kept batch. */
export function locateDialogOptions(name: string): OpenDialogOptions {
  return { ...openDialogOptions(), title: zhMain.dialog.locateTitle(name), properties: ['openFile'] };
}
