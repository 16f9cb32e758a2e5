import type { LayoutDocument, LayoutParagraph, ReportData } from '../model';
import { findTitle, findYear, organKind } from './meta';
import { extractNarrative } from './narrative';
import { findSigned } from './narrative/signed';
import { findRegions } from './regions';
import { decideYear, yearEvidence } from './reportYear';
import { toStream } from './stream';
import { readTables } from './tables';
import { withOcrConfidence } from './ocrConfidence';

/**
 * Extracts the canonical report data from a parsed layout: title, organ and year, the three
 * tables under their canonical keys with an anchor per cell, and the narrative facts the checks
 * compare against the tables.
 */
export function extractReport(layout: LayoutDocument): ReportData {
  const paragraphs = layout.blocks.filter((b): b is LayoutParagraph => b.kind === 'paragraph');
  const title = findTitle(paragraphs);
  // One place decides the year, from everything the report says of it.
  const evidence = yearEvidence(paragraphs, title, findSigned(paragraphs));
  const year = decideYear(evidence) ?? findYear(paragraphs);
  const extracted = readTables(findRegions(toStream(layout.blocks)), year);
  const template = extracted.t2Version ?? (extracted.t3Other === 'split' ? '2021' : extracted.t3Other ? '2019' : null);
  const narrative = extractNarrative(paragraphs, year);
  return {
    format: layout.format,
    organ: title?.organ ?? null,
    organKind: organKind(title?.organ ?? null),
    year,
    template,
    tableVersions: { t2: extracted.t2Version, t3Other: extracted.t3Other },
    tables: withOcrConfidence(extracted.tables, layout.blocks),
    rowsFound: extracted.rowsFound,
    uncertain: extracted.uncertain,
    yearEvidence: evidence,
    title: title ? { text: title.text, anchor: title.anchor } : null,
    ...narrative,
  };
}
