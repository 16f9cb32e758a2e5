/** The 历年对照 view's Chinese text. */
export const seriesText = {
  button: '历年',
  buttonHint: (years: string) => `历年对照：${years}（Alt+Y）`,
  title: (organ: string, from: number, to: number) => `历年对照：${organ}（${from}—${to}年度）`,
  back: '◀ 报告列表',
  backHint: '返回报告列表（Esc）',
  loading: '正在读取各年度报告…',
  failed: (name: string, message: string) => `${name} 读取失败：${message}`,
  figure: '项目',
  notInTemplate: '本年度模板无此项',
  missing: '未填',
  cellHint: (column: string, label: string, shown: string) => `${column} ${label}：${shown}（单击打开该报告并定位到此单元格）`,
  pairs: (n: number) => `跨年度结转不一致 ${n} 处（已在表中标出）`,
  noPairs: '各相邻年度的结转数一致',
  help: '单击数字（或 Enter）打开该报告并定位到该单元格；方向键在表中移动；Esc 返回报告列表',
} as const;
