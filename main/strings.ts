/**
 * Chinese text shown by the main process (menu, dialogs, IPC errors). The renderer has its own
 * module (renderer/strings/zh-CN.ts); main cannot import renderer code, so its few strings live here.
 */
export const zhMain = {
  menu: {
    file: '文件',
    open: '打开…',
    openFolder: '打开文件夹…',
    exportPdf: '导出审阅报告（PDF）…',
    exportData: '导出数据',
    exportCsv: 'CSV 表格…',
    exportXlsx: 'Excel 工作簿（XLSX）…',
    exportJson: 'JSON 数据…',
    quit: '退出',
    view: '视图',
    nextFinding: '下一个问题',
    previousFinding: '上一个问题',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '实际大小',
    reload: '重新加载界面',
    devTools: '开发者工具',
    help: '帮助',
    about: '关于年报审阅',
  },
  dialog: {
    openTitle: '打开年度报告',
    openFolderTitle: '打开存放年度报告的文件夹',
    locateTitle: (name: string) => (name ? `重新定位：${name}` : '重新定位报告文件'),
    filterReports: '年度报告（Word、PDF、网页、文本）',
    filterAll: '所有文件',
  },
  errors: {
    cancelled: '已取消',
    noReports: '所选位置中没有可读取的报告文件（.docx、.pdf、.html、.htm、.txt）',
    internal: '处理文件时出错',
    dropExpired: '拖入的文件已失效，请重新拖入',
    recentMissing: '该文件已不在最近列表中或已被移动',
    unknownDocument: '找不到该文档，请重新打开',
    unreadable: '无法读取文件，可能已被移动或删除',
    changedOnDisk: '文件在打开之后已被修改或替换，显示的内容将与审阅结果不符。请重新打开该文件。',
    missing: '文件已移动或已删除：原来的位置找不到此文件。可「重新定位」找到它，或将其移出批次（不会删除批注）。',
    unknownFile: '本机没有此文件的记录（可能是在另一台电脑上打开的）。可「重新定位」找到它，或将其移出批次（不会删除批注）。',
    invalidArgument: '参数无效',
    forbiddenSender: '拒绝来自未知页面的请求',
  },
} as const;
