import type { AboutPanelOptionsOptions } from 'electron';

/** The copyright line of every package; electron-builder.yml `copyright` says the same (tested). */
export const COPYRIGHT = 'Copyright © 2026 年报审阅开发组';

/** What 帮助 › 关于年报审阅 shows (app.setAboutPanelOptions): name, version and copyright. */
export function aboutPanelOptions(version: string): AboutPanelOptionsOptions {
  return {
    applicationName: '年报审阅',
    applicationVersion: version,
    // macOS shows `version` in brackets after applicationVersion; the build number is the version.
    version,
    copyright: COPYRIGHT,
    credits: '离线审阅政府信息公开工作年度报告',
  };
}
