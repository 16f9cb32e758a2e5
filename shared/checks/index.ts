import { findingKey, type Finding, type ReportData } from '../model';
import { adjustData, isNeutral, type Adjustments } from './adjust';
import { checkCrossYear } from './crossYear';
import { checkFees } from './fees';
import { checkNarrative } from './narrative';
import { checkOcrConfidence, noteLowConfidence } from './ocrConfidence';
import { checkSections } from './sections';
import { checkStaleYear } from './staleYear';
import { checkStructure } from './structure';
import { checkT2Plausibility } from './t2Plausibility';
import { checkT3Balance, checkT3OutcomeSum, checkT3RowSum } from './t3Sums';
import { checkT4Sums } from './t4Sums';
import { checkTemplateVersion } from './templateVersion';
import { checkTimeliness } from './timeliness';
import { checkUncertain } from './uncertain';
import { checkYearEvidence } from './yearEvidence';
import { checkValueKind } from './valueKind';

export { SECTION_TITLES } from './sections';
export { adjustData, adjustmentsOf, isBlankCell, isNeutral, NO_ADJUSTMENTS, type Adjustments, type Correction } from './adjust';
export { OCR_LOW_CONFIDENCE, isLowConfidence } from './ocrConfidence';
export { organKey, previousOf, reportSeries, sameBody, type ReportSeries, type SeriesMember } from './series';

/** Runs every check on one report; `previous` is last year's report of the same body, if open. */
export function runChecks(data: ReportData, previous?: ReportData | null): Finding[] {
  const findings = [
    ...checkValueKind(data),
    ...checkStructure(data),
    ...checkT3Balance(data),
    ...checkT3OutcomeSum(data),
    ...checkT3RowSum(data),
    ...checkT4Sums(data),
    ...checkTemplateVersion(data),
    ...checkT2Plausibility(data),
    ...checkNarrative(data),
    ...checkSections(data),
    ...checkTimeliness(data),
    ...checkStaleYear(data),
    ...checkYearEvidence(data),
    ...checkFees(data),
    ...checkCrossYear(data, previous),
    ...checkUncertain(data),
    ...checkOcrConfidence(data),
  ];
  return noteLowConfidence(findings, data);
}

/** A report's findings after the auditor's decisions, and what those decisions changed. */
export interface AdjustedReview {
  /** The data the checks saw (the extracted data itself when nothing was decided). */
  data: ReportData;
  findings: Finding[];
  /** Keys of findings that only the decisions brought about. */
  appeared: string[];
  /** Findings of the extracted data that the decisions made go away. */
  vanished: Finding[];
}

/**
 * Reruns the checks on the data as the auditor decided it (corrections, 空白按 0 计), against the
 * findings of the extracted data. Cross-year findings need last year's report, which only the
 * batch has: they are kept as the batch found them.
 */
export function rerunChecks(data: ReportData, extracted: Finding[], adj: Adjustments): AdjustedReview {
  if (isNeutral(adj)) return { data, findings: extracted, appeared: [], vanished: [] };
  const adjusted = adjustData(data, adj);
  const findings = [...runChecks(adjusted).filter((f) => f.rule !== 'cross_year.carry_over'), ...extracted.filter((f) => f.rule === 'cross_year.carry_over')];
  const before = new Set(extracted.map(findingKey));
  const after = new Set(findings.map(findingKey));
  return {
    data: adjusted,
    findings,
    appeared: findings.map(findingKey).filter((k) => !before.has(k)),
    vanished: extracted.filter((f) => !after.has(findingKey(f))),
  };
}
