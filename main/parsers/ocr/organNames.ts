import { HAN } from './ocrText';
import type { PageGeometry } from '../pdf/geometry';

/**
 * The names of government bodies, as the reports' titles, texts and signatures write them: the
 * standard departments of a people's government after the 2018 reform (and the names most
 * places still use), at county, city, province (厅) and state (部) level, and the bodies beside
 * them. The Chinese model misreads a stroke of a name it is sure of (科学技术局 as 科学技木局 or
 * 科学技札局, in the title and in the body alike), and the organ is what pairs a report with last
 * year's: such a name is set right by this list (correctOrganNames).
 */
const BASES = [
  '发展和改革',
  '发展改革',
  '教育',
  '教育和体育',
  '科学技术',
  '工业和信息化',
  '民族宗教事务',
  '民族和宗教事务',
  '公安',
  '民政',
  '司法',
  '财政',
  '人力资源和社会保障',
  '人力资源社会保障',
  '自然资源',
  '自然资源和规划',
  '生态环境',
  '住房和城乡建设',
  '住房城乡建设',
  '城市管理',
  '城市管理综合执法',
  '综合行政执法',
  '交通运输',
  '水利',
  '水务',
  '农业农村',
  '商务',
  '文化和旅游',
  '文化广电和旅游',
  '文化广电旅游',
  '卫生健康',
  '退役军人事务',
  '应急管理',
  '审计',
  '国有资产监督管理',
  '市场监督管理',
  '广播电视',
  '体育',
  '统计',
  '医疗保障',
  '林业',
  '林业和草原',
  '信访',
  '行政审批服务',
  '大数据',
  '大数据发展管理',
  '机关事务管理',
  '地方金融监督管理',
  '粮食和物资储备',
  '政务服务管理',
  '气象',
  '税务',
  '档案',
  '海洋发展',
  '海洋与渔业',
  '外事',
  '人民防空',
];
/** How a department's name ends, by level and kind. */
const SUFFIXES = ['局', '厅', '部', '委员会', '办公室', '中心', '服务中心'];
/** Bodies named otherwise. */
const OTHERS = [
  '人民政府',
  '人民政府办公室',
  '人民政府办公厅',
  '人民代表大会常务委员会',
  '人民法院',
  '人民检察院',
  '管理委员会',
  '街道办事处',
  '住房公积金管理中心',
  '供销合作社联合社',
  '残疾人联合会',
  '科学技术协会',
  '工商业联合会',
  '妇女联合会',
  '总工会',
];

/** The names, by their last character (where a name is looked for). */
const NAMES_BY_LAST = (() => {
  const names = new Set([...BASES.flatMap((b) => SUFFIXES.map((s) => b + s)), ...OTHERS]);
  const byLast = new Map<string, string[]>();
  for (const name of names) {
    const chars = [...name];
    // Names of three characters (教育局, 水务局) are one character from too many others.
    if (chars.length < 4) continue;
    const last = chars[chars.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), name]);
  }
  return byLast;
})();

/** Characters at the end of every name that must agree as written: the kind of body (局, 委员会). */
const SUFFIX_KEPT = 1;

/**
 * Names of bodies read by OCR, set right by the list of names (NAMES_BY_LAST): where a run's text
 * differs from a listed name in exactly one Chinese character before its last — the kind of body
 * (局, 厅, 会) must agree as read, so 科学技术普及 never becomes 科学技术局及 — and from no other
 * listed name in one, and is no listed name itself, that character is replaced. One character for
 * one: anchors stay. Runs without a confidence (a text layer, not OCR) are left alone.
 */
export function correctOrganNames(pages: readonly PageGeometry[]): PageGeometry[] {
  return pages.map((page) => ({
    ...page,
    runs: page.runs.map((r) => {
      if (r.confidence === undefined) return r;
      const text = correctNames(r.text);
      return text === r.text ? r : { ...r, text };
    }),
  }));
}

/** `text` with each name one character off a listed one set right (see correctOrganNames). */
export function correctNames(text: string): string {
  const t = [...text];
  for (let end = 0; end < t.length; end++) {
    const names = NAMES_BY_LAST.get(t[end]);
    if (!names) continue;
    const proposals = new Map<number, string>();
    let exact = false;
    for (const name of names) {
      const n = [...name];
      const start = end - n.length + 1;
      if (start < 0) continue;
      const misses: number[] = [];
      for (let i = 0; i < n.length && misses.length < 2; i++) if (t[start + i] !== n[i]) misses.push(start + i);
      if (misses.length === 0) exact = true;
      if (misses.length !== 1) continue;
      const at = misses[0];
      const want = n[at - start];
      if (at > end - SUFFIX_KEPT || !HAN.test(t[at]) || !HAN.test(want)) continue;
      proposals.set(at, proposals.has(at) && proposals.get(at) !== want ? '' : want);
    }
    // A listed name as read, or two names proposing different fixes: nothing is changed here.
    if (exact || proposals.size !== 1) continue;
    const [[at, want]] = [...proposals];
    if (want) t[at] = want;
  }
  return t.join('');
}
