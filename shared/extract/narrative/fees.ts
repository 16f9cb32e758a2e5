import { subAnchor } from '../../model';
import type { LayoutParagraph, ReportData } from '../../model';
import { splitSentences } from './sentences';

/** A sentence that says whether fees were charged: 信息处理费, 收取…费用, 未收费. */
const FEES = /信息处理费|收取[^。；，,]{0,8}费|(?:未|不|没有)[\s\u00a0]*收费/u;

/**
 * Finds the sentence on 信息处理费 (the 2021 format asks for it in section 六). A later sentence
 * wins over an earlier one when `from` (the paragraph where section 六 starts) is given.
 */
export function findFeesStatement(paragraphs: LayoutParagraph[], from = 0): ReportData['feesStatement'] {
  const order = [...paragraphs.slice(from), ...paragraphs.slice(0, from)];
  for (const p of order) {
    for (const s of splitSentences(p.text)) {
      if (!FEES.test(s.text) || /事业性收费/u.test(s.text)) continue;
      return { text: s.text, anchor: subAnchor(p.anchor, s.start, s.end, p.text.length) };
    }
  }
  return null;
}
