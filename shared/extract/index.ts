import type { LayoutDocument, ReportData } from '../model';

/** Extracts the canonical report data from a parsed layout. */
export function extractReport(layout: LayoutDocument): ReportData {
  void layout;
  throw new Error('not yet');
}
