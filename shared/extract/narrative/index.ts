import type { LayoutParagraph, NarrativeStatement, ReportData, SectionHeading, YearMention } from '../../model';
import { findFeesStatement } from './fees';
import { findSections, sectionStarts } from './sections';
import { findSigned } from './signed';
import { findStatements } from './statements';
import { findYearMentions } from './yearMentions';

/** What the narrative says that the checks compare against the tables and the calendar. */
export interface NarrativeFacts {
  sections: SectionHeading[];
  statements: NarrativeStatement[];
  signed: ReportData['signed'];
  yearMentions: YearMention[];
  feesStatement: ReportData['feesStatement'];
}

/**
 * Reads the narrative paragraphs (reading order, tables excluded) of a report of `year`: the six
 * section headings, the counts stated in the text, the signing date, the years mentioned and the
 * sentence on 信息处理费.
 */
export function extractNarrative(paragraphs: LayoutParagraph[], year: number | null): NarrativeFacts {
  const sections = findSections(paragraphs);
  const sixth = sectionStarts(paragraphs, sections).get(6) ?? 0;
  return {
    sections,
    statements: findStatements(paragraphs, year),
    signed: findSigned(paragraphs),
    yearMentions: findYearMentions(paragraphs),
    feesStatement: findFeesStatement(paragraphs, sixth),
  };
}
