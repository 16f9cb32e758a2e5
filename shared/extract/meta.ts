import type { Anchor, LayoutParagraph, OrganKind } from '../model';
import { squeeze } from '../lib/text';

/** The title of the report and what it names. */
export interface ReportTitle {
  text: string;
  anchor: Anchor;
  organ: string | null;
  year: number | null;
}

const TITLE = /^(.*?)(\d{4})\s*年\s*度?\s*(?:政府)?信息公开(?:工作)?年度?报告/u;

/**
 * Finds the title among the first paragraphs: `威海市科学技术局2020年政府信息公开工作年度报告`,
 * the organ on one line and `2020 年政府信息公开工作年度报告` on the next, or a title wrapped
 * anywhere over up to three lines (as PDFs give it).
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
      const match = TITLE.exec(text);
      if (!match) continue;
      const organ = match[1].replace(/[\s《》]/g, '');
      const title = { text, anchor: head[end - span + 1].anchor, organ: organ || null, year: Number(match[2]) };
      if (organ) return title;
      bare ??= title;
    }
  }
  return bare;
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
 * A government (人民政府, 管委会 of a development zone) publishes by 3月31日, a department by
 * 1月31日 (条例 第四十九条).
 */
export function organKind(organ: string | null): OrganKind {
  if (!organ) return 'department';
  return /(人民政府|管委会|管理委员会|开发区|高新区|新区|示范区)$/.test(organ) ? 'government' : 'department';
}
