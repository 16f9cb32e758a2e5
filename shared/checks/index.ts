import type { Finding, ReportData } from '../model';

/** Runs every check on one report; `previous` is last year's report of the same body, if open. */
export function runChecks(data: ReportData, previous?: ReportData | null): Finding[] {
  void data;
  void previous;
  return [];
}
