// Adversarial lines for the narrative patterns (issue 9): long runs of white space of every
// width, digits and punctuation, placed between the words the patterns chain. Shared by the unit
// test (results) and the bench (time).

/** One adversarial line, named for the report. */
export interface AdversarialLine {
  name: string;
  text: string;
}

/** The adversarial lines with runs of `n` characters. */
export function adversarialLines(n: number): AdversarialLine[] {
  const sp = ' '.repeat(n);
  const mixed = Array.from({ length: n }, (_, i) => [' ', '\u3000', '\u00a0', '\t'][i % 4]).join('');
  return [
    { name: `收到 + ${n} 个空格`, text: `收到${sp}` },
    { name: `收到 + ${n} 个混合空白 + 申请`, text: `收到${mixed}申请${mixed}共${mixed}` },
    { name: `每个可选词之间 ${n} 个空格`, text: `未${sp}收到${sp}任何${sp}政府${sp}信息${sp}公开${sp}x` },
    { name: `制发 + ${n} 个全角空格`, text: `制发${'\u3000'.repeat(n)}行政${'\u3000'.repeat(n)}规范性文件${'\u3000'.repeat(n)}` },
    { name: `行政复议 + ${n} 个空格 + 共`, text: `行政复议${sp}共${sp}公开` },
    { name: `收到申请 + ${n} 位数字`, text: `收到申请${'9'.repeat(n)}` },
    { name: `${n} 位数字 + 年`, text: `${'2'.repeat(n)} 年${sp}年` },
    { name: `行政诉讼 + ${n} 个中文数字`, text: `行政诉讼${'一'.repeat(n)}${sp}公开` },
    { name: `${n} 个逗号`, text: `未发生行政复议${'，'.repeat(n)}公开` },
    { name: `${n} 个顿号与句点`, text: `收取${'、'.repeat(n)}${'.'.repeat(n)}费` },
    { name: `日期 + ${n} 个空格`, text: `2021${sp}年${sp}1${sp}月${sp}` },
    { name: `${n} 次 收到`, text: '收到 '.repeat(n) },
  ];
}
