import type { Finding, ReportData } from '../model';

/** The six sections of 条例 第五十条 in the order of the official format. */
export const SECTION_TITLES = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
] as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** sections.missing: a warning for each of the six sections whose heading was not found. */
export function checkSections(data: ReportData): Finding[] {
  const found = new Set(data.sections.map((s) => s.index));
  return SECTION_TITLES.flatMap((title, i) =>
    found.has(i + 1)
      ? []
      : [
          {
            rule: 'sections.missing' as const,
            severity: 'warning' as const,
            message: `未找到第${NUMERALS[i]}部分「${title}」`,
            cells: [],
            anchors: [],
          },
        ],
  );
}
