import { adjustmentsOf, isNeutral, rerunChecks } from '../../shared/checks';
import type { Correction, ReportJson, ReviewAnnotations } from '../../shared/model';
import type { ReviewedDocument } from '../documents/reviewFile';
import { parseCellRef } from '../../shared/model';
import { cellLabel } from '../../shared/template/labels';

/** A correction as exported: the cell in words and what the extraction read there, beside the corrected value. */
export type CorrectionJson = Correction & { label: string; extracted: { raw: string; value: number | null } };

/** A report's JSON with the auditor's decisions: corrections listed, findings of the corrected data. */
export type ReportJsonWithCorrections = ReportJson & {
  corrections?: CorrectionJson[];
  blankAsZero?: boolean;
  /** Findings of the extracted data that the corrections made go away. */
  findingsWithdrawn?: ReportJson['findings'];
};

/**
 * Adds the auditor's corrections to a report's JSON: `tables` stay the extracted values (never
 * overwritten), `corrections` lists each corrected cell, and `findings` are those of the checks
 * rerun on the corrected data, with the ones that went away in `findingsWithdrawn`.
 */
export function withCorrections(json: ReportJson, doc: ReviewedDocument, annotations: ReviewAnnotations | undefined): ReportJsonWithCorrections {
  const adj = adjustmentsOf(annotations);
  if (isNeutral(adj)) return json;
  const strip = ({ rule, severity, cells, message }: ReportJson['findings'][number]) => ({ rule, severity, cells, message });
  const r = rerunChecks(doc.data, doc.findings, adj);
  return {
    ...json,
    findings: r.findings.map(strip),
    corrections: adj.corrections.map((c) => {
      const ref = parseCellRef(c.cell);
      const cell = ref ? doc.data.tables[ref.table][ref.row]?.[ref.col] : undefined;
      return { ...c, label: cellLabel(c.cell, doc.data.template), extracted: { raw: cell?.raw ?? '', value: cell?.value ?? null } };
    }),
    blankAsZero: adj.blankAsZero,
    findingsWithdrawn: r.vanished.map(strip),
  };
}
