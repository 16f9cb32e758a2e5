import type { ReportErrorJson, ReportJson, TableValues } from '../../shared/model';
import { T3_OTHER_SPLIT } from '../../shared/template';
import type { FailedDocument, ReviewedDocument } from './reviewFile';

function numbers(table: TableValues, keep: (row: string) => boolean = () => true): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    Object.entries(table)
      .filter(([row]) => keep(row))
      .map(([row, cols]) => [row, Object.fromEntries(Object.entries(cols).map(([col, cell]) => [col, cell.value]))]),
  );
}

/**
 * One report in the JSON of report-format.md: every cell of every table of its template
 * version (a 2019 table 3 has the single （六） row; a 2021 one the three sub-rows, and the
 * single row too when the report printed it that way), and all findings.
 */
export function toReportJson(doc: ReviewedDocument): ReportJson {
  const { data } = doc;
  const t3Keep = (row: string) => {
    if (T3_OTHER_SPLIT.includes(row)) return data.template === '2021';
    if (row === 'other') return data.template !== '2021' || data.tableVersions.t3Other === 'single';
    return true;
  };
  return {
    file: doc.file,
    format: doc.format,
    organ: data.organ,
    year: data.year,
    template: data.template,
    signed: data.signed?.date ?? null,
    tables: { t2: numbers(data.tables.t2), t3: numbers(data.tables.t3, t3Keep), t4: numbers(data.tables.t4) },
    findings: doc.findings.map(({ rule, severity, cells, message }) => ({ rule, severity, cells, message })),
  };
}

/** A file that could not be read, as an object of the same JSON array. */
export function toErrorJson(failed: FailedDocument): ReportErrorJson {
  return { file: failed.file, format: failed.format, error: failed.error.message, code: failed.error.code };
}
