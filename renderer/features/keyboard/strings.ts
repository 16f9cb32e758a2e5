/** The Chinese text of keyboard use: cell names for screen readers, the search bar, the shortcut help. */
export const keysText = {
  cellLabel: (name: string, shown: string, corrected: number | null) => `${name}：${shown}${corrected !== null ? `，已更正为 ${corrected}` : ''}`,
  severityFilter: '按严重程度筛选',
  sourceScroller: '报告原文内容（方向键、PageUp/PageDown 滚动）',
  search: {
    label: '查找',
    placeholder: '查找原文',
    previous: '上一个',
    next: '下一个',
    close: '关闭查找',
    position: (n: number, m: number) => `第 ${n} / ${m} 个`,
    none: '无结果',
    hint: '查找（Ctrl+F）；回车或 F3 下一个，Shift+回车或 Shift+F3 上一个，Esc 关闭',
    reading: '正在读取…',
  },
  help: {
    title: '快捷键',
    menuItem: '快捷键（F1）',
    close: '关闭',
    groups: [
      {
        title: '文件',
        keys: [
          ['Ctrl+O', '打开文件'],
          ['Ctrl+Shift+O', '打开文件夹'],
          ['Ctrl+E', '导出审阅报告（PDF）'],
        ],
      },
      {
        title: '移动与选择',
        keys: [
          ['Tab / Shift+Tab', '在工具栏、报告栏、问题清单、表格、原文之间移动'],
          ['↑ / ↓', '在问题清单中选择上一个 / 下一个问题'],
          ['F8 / Shift+F8（J / K）', '下一个 / 上一个问题'],
          ['方向键', '在表格单元格之间移动（单元格获得焦点即选中，并在原文中标出）'],
          ['Home / End', '本行第一个 / 最后一个单元格；加 Ctrl 为本表第一个 / 最后一个'],
          ['PageUp / PageDown', '表格中上移 / 下移 10 行'],
          ['Esc', '一次一层：关闭菜单、对话框或查找栏，再清除选择，再回到报告列表'],
        ],
      },
      {
        title: '报告列表',
        keys: [
          ['↑ / ↓，回车', '选择报告，打开报告'],
          ['输入文字', '按机关名称或文件名筛选'],
          ['Delete', '移出批次（不删除文件）'],
          ['Alt+Y', '历年对照'],
          ['Alt+↑ / Alt+↓', '打开的报告中：上一份 / 下一份'],
        ],
      },
      {
        title: '批注与更正',
        keys: [
          ['回车', '为选中的单元格添加批注'],
          ['N', '为当前选择添加批注'],
          ['Ctrl+回车', '保存批注'],
          ['菜单键 / Shift+F10', '打开单元格菜单（添加批注、更正识别值）'],
          ['Ctrl+Z', '撤销上一次修改（批注、状态、更正）'],
        ],
      },
      {
        title: '原文',
        keys: [
          ['Ctrl+F', '查找原文'],
          ['回车 / F3', '下一个结果'],
          ['Shift+回车 / Shift+F3', '上一个结果'],
          ['Ctrl+= / Ctrl+- / Ctrl+0', '放大 / 缩小 / 适合宽度'],
        ],
      },
      {
        title: '帮助',
        keys: [['F1', '显示本快捷键列表']],
      },
    ] as Array<{ title: string; keys: Array<[string, string]> }>,
  },
};
