import type { Anchor, LayoutParagraph, OrganKind } from '../model';
import { squeeze } from '../lib/text';

/** The title of the report and what it names. */
export interface ReportTitle {
  text: string;
  anchor: Anchor;
  organ: string | null;
  year: number | null;
}

/** How a title ends: 政府信息公开工作年度报告, 信息公开工作报告, 政府信息公开年报. */
const TITLE_END = String.raw`信息公开(?:工作)?(?:年度?)?(?:报告|年报)`;
/** `威海市科学技术局2020年政府信息公开工作年度报告` (also `…局关于2020年…`). */
const TITLE = new RegExp(String.raw`^(.*?)(\d{4})\s*年\s*度?\s*(?:政府)?${TITLE_END}`, 'u');
/**
 * `2020年度威海市科学技术局政府信息公开工作年度报告`: the year first, the organ between it and
 * 政府信息公开 (no punctuation, so that a sentence of the body is never taken for a title).
 */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*年\s*度?\s*([^\s，。、；;：:,（）()《》]{2,30}?)(政府)?${TITLE_END}`, 'u');
/** An organ that 政府 ends (`威海市人民政府信息公开…` reads 威海市人民 + 政府信息公开). */
const GOVERNMENT_BEFORE = /(?:人民|[省市区县旗州盟镇乡])$/u;

/** Field labels of a captured web page (`标题:`, `发布时间：2021-01-20`, `来源：…`): not the organ. */
const FURNITURE_LABEL = /(?:文章)?标题|题目|名称|发布(?:时间|日期|机构|单位)|发文(?:日期|机关)|成文日期|(?:信息)?来源|索引号|文号|分类|浏览次数|点击(?:数|量)|作者|字号/u;

/**
 * The organ named before the year in a title, without a page's furniture: text up to a field
 * label's colon is dropped (`标题: 某某区` → `某某区`), and so is a label's value standing before
 * the title (`发布时间：2021-01-20 某某区…`, `来源：某某区 某某区…` keeps the last word).
 */
export function cleanOrgan(text: string): string {
  let organ = text;
  const labelled = new RegExp(`(?:${FURNITURE_LABEL.source})\\s*[:：]`, 'gu');
  let last: RegExpExecArray | null = null;
  for (const m of organ.matchAll(labelled)) last = m as RegExpExecArray;
  if (last) {
    organ = organ.slice((last.index ?? 0) + last[0].length).trim();
    // A label that is not 标题 carries a value of its own, then (after a space) the title.
    if (!/标题|题目|名称/u.test(last[0]) && /\s/u.test(organ)) organ = organ.slice(organ.search(/\s\S*$/u)).trim();
  }
  return organ.replace(/[\s《》]/g, '');
}

/**
 * Finds the title among the first paragraphs: `威海市科学技术局2020年政府信息公开工作年度报告`,
 * the organ on one line and `2020 年政府信息公开工作年度报告` on the next, the year first
 * (`2020年度威海市科学技术局政府信息公开工作年度报告`), or a title wrapped anywhere over up to
 * three lines (as PDFs give it).
 */
export function findTitle(paragraphs: LayoutParagraph[]): ReportTitle | null {
  const head = paragraphs.filter((p) => squeeze(p.text) !== '').slice(0, 6);
  let bare: ReportTitle | null = null;
  // The shortest run of lines ending at each line, so that a breadcrumb above is left out.
  for (let end = 0; end < head.length; end++) {
    for (let span = 1; span <= 3 && end - span + 1 >= 0; span++) {
      const lines = head.slice(end - span + 1, end + 1).map((p) => squeeze(p.text));
      if (span > 1 && lines.some((line) => line.length > 40)) break;
      const text = lines.join('');
      const named = namedIn(text);
      if (!named) continue;
      const { organ, year } = named;
      const title = { text, anchor: head[end - span + 1].anchor, organ: organ || null, year };
      if (organ) return title;
      bare ??= title;
    }
  }
  return bare;
}

/** The organ and year a title names, the organ first or the year first; null for no title. */
function namedIn(text: string): { organ: string; year: number } | null {
  const match = TITLE.exec(text);
  if (match) return { organ: cleanOrgan(match[1]).replace(/关于$/u, ''), year: Number(match[2]) };
  const first = YEAR_FIRST.exec(text);
  if (!first) return null;
  const organ = first[3] && GOVERNMENT_BEFORE.test(first[2]) ? `${first[2]}政府` : first[2];
  return { organ: cleanOrgan(organ), year: Number(first[1]) };
}

/** Finds the report year in the opening text when the title does not give it. */
export function findYear(paragraphs: LayoutParagraph[]): number | null {
  for (const p of paragraphs.slice(0, 12)) {
    const match = /(\d{4})\s*年\s*(?:度)?\s*(?:政府信息公开|，|,)/u.exec(p.text);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * A government (人民政府 or 市政府, 管委会 of a development zone) publishes by 3月31日, a department by
 * 1月31日 (条例 第四十九条).
 */
export function organKind(organ: string | null): OrganKind {
  if (!organ) return 'department';
  return /(政府|管委会|管理委员会|开发区|高新区|新区|示范区)$/.test(organ) ? 'government' : 'department';
}
