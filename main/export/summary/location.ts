import type { Anchor, Finding, ReportData } from '../../../shared/model';
import { parseCellRef } from '../../../shared/model';

const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
/** The section each table stands in, by the template. */
const TABLE_SECTION = { t2: 2, t3: 3, t4: 4 } as const;
const TITLE_MAX = 24;

/** A paragraph's place in a Word/HTML document (`p12` → 12); tables and cells have none. */
function paragraphIndex(anchor: Anchor): number | null {
  if (anchor.kind !== 'dom') return null;
  const m = /^p(\d+)$/.exec(anchor.id);
  return m ? Number(m[1]) : null;
}

/** The section an anchor of the narrative lies in: the last heading before it. */
function sectionOf(anchor: Anchor, data: ReportData): number | null {
  const at = anchor.kind === 'text' ? anchor.start : paragraphIndex(anchor);
  if (at === null) return null;
  let found: number | null = null;
  for (const s of data.sections) {
    const start = s.anchor.kind === 'text' ? s.anchor.start : paragraphIndex(s.anchor);
    if (start !== null && start <= at && (found === null || s.index > found)) found = s.index;
  }
  return found;
}

/** A section as the report titles it (the template's words where its heading was not found). */
function sectionTitle(index: number, data: ReportData): string {
  const heading = data.sections
    .find((s) => s.index === index)
    ?.text.replace(/\s+/g, '')
    .trim();
  const title = heading || SECTION_TITLES[index - 1];
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX)}…` : title;
}

/**
 * Where in the source a reader finds what a finding is about: the pages of a PDF (text or scan),
 * the sections of a Word, HTML or text file, from the anchors of its cells and of its sentences.
 * Null when the finding points at nothing in particular (a missing section, the signing date).
 */
export function findingLocation(finding: Finding, data: ReportData): string | null {
  const anchors: Anchor[] = [...finding.anchors];
  const tables = new Set<keyof typeof TABLE_SECTION>();
  for (const ref of finding.cells) {
    const cell = parseCellRef(ref);
    if (!cell) continue;
    tables.add(cell.table);
    const anchor = data.tables[cell.table][cell.row]?.[cell.col]?.anchor;
    if (anchor) anchors.push(anchor);
  }
  if (data.format === 'pdf') {
    const pages = [...new Set(anchors.flatMap((a) => (a.kind === 'pdf' ? [a.page] : [])))].sort((a, b) => a - b);
    return pages.length > 0 ? `原文第 ${pages.join('、')} 页` : null;
  }
  const sections = new Set<number>([...tables].map((t) => TABLE_SECTION[t]));
  for (const a of finding.anchors) {
    const s = sectionOf(a, data);
    if (s !== null) sections.add(s);
  }
  if (sections.size === 0) return null;
  return `原文位置：${[...sections]
    .sort((a, b) => a - b)
    .map((s) => sectionTitle(s, data))
    .join('；')}`;
}
