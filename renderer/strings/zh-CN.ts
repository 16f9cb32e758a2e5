import type { RuleId, Severity } from '../../shared/model';

/** Every piece of Chinese text the renderer shows; an English locale would mirror this shape. */
export const zhCN = {
  appName: '年报审阅',
  toolbar: {
    open: '打开文件',
    openHint: '打开（Ctrl+O）',
    recent: '最近打开',
    noRecent: '暂无最近打开的文件',
    previousFinding: '上一个问题',
    nextFinding: '下一个问题',
  },
  empty: {
    title: '打开一份政府信息公开工作年度报告',
    body: '支持 Word（.docx）、PDF、网页（.html）和文本（.txt）文件，可一次选择多个文件，也可以直接拖入窗口。',
    drop: '松开鼠标即可打开',
    recentTitle: '最近打开的文件',
  },
  progress: {
    parsing: (done: number, total: number, current: string | null) =>
      `正在解析 ${Math.min(done + 1, total)}/${total}${current ? `：${current}` : ''}`,
  },
  errors: {
    failedTitle: '无法审阅此文件',
    loadFailed: '加载失败',
    pdfRender: 'PDF 渲染失败',
  },
  source: {
    title: '报告原文',
    page: (n: number, total: number) => `第 ${n} / ${total} 页`,
    previousPage: '上一页',
    nextPage: '下一页',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '适合宽度',
    zoom: (percent: number) => `${percent}%`,
    loading: '正在加载原文…',
  },
  tables: {
    title: '提取的表格',
    template: (v: string | null) => (v ? `模板：${v}年版` : '模板：未识别'),
    t2: '二、主动公开政府信息情况',
    t3: '三、收到和处理政府信息公开申请情况',
    t4: '四、政府信息公开行政复议、行政诉讼情况',
    t2Content: '信息内容',
    t3Balance: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    t3Applicants: '申请人情况',
    t3Legal: '法人或其他组织',
    t3Outcomes: '三、本年度办理结果',
    t4Review: '行政复议',
    t4Litigation: '行政诉讼',
    missing: '—',
    cellTitle: (raw: string, value: number | null) => `原文：${raw === '' ? '（空）' : raw}；读取：${value ?? '无'}`,
    notFound: '（未找到）',
  },
  findings: {
    title: '问题清单',
    none: '未发现问题',
    all: '全部',
    count: (n: number) => `${n}`,
    cells: (n: number) => `涉及 ${n} 个单元格`,
  },
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  rules: {
    't3.balance': '表三勾稽关系（一+二=三总计+四）',
    't3.outcome_sum': '表三办理结果合计',
    't3.row_sum': '表三申请人合计',
    't4.sum': '表四复议诉讼合计',
    'value.kind': '数值缺失或无法识别',
    'structure.missing': '缺少模板行或单元格',
    'template.version': '模板版本',
    'narrative.mismatch': '正文与表格数字不一致',
    'sections.missing': '缺少章节',
    'meta.timeliness': '发布时间',
    'meta.stale_year': '年份疑似沿用旧报告',
    'fees.unreported': '未说明信息处理费收取情况',
    't2.plausibility': '表二数据合理性',
    'cross_year.carry_over': '跨年度结转数不一致',
  } satisfies Record<RuleId, string>,
  summary: {
    organYear: (organ: string | null, year: number | null) => [organ ?? '未识别机关', year ? `${year}年度` : ''].filter(Boolean).join(' · '),
  },
  notes: { slot: '审阅批注' },
} as const;

/** The shape of a locale. */
export type Strings = typeof zhCN;
