import type { Finding, ReportData } from '../model';
import { checkCrossYear } from './crossYear';
import { checkFees } from './fees';
import { checkNarrative } from './narrative';
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

/** Runs every check on one report; `previous` is last year's report of the same body, if open. */
export function runChecks(data: ReportData, previous?: ReportData | null): Finding[] {
  return [
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
  ];
}
