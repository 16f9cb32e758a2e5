import type { ReactNode } from 'react';
import type { ReportData } from '../../../shared/model';
import { T3_COLUMNS, t3RowsFor, type TemplateRow } from '../../../shared/template';
import { t } from '../../strings';
import { ValueCell, type CellMarks } from './ValueCell';

const OUTSIDE = new Set(['new', 'carried_over', 'carried_forward']);

/** Which rows to draw: the single （六） row when the report has it (2019 and hybrid), else the split. */
export function t3Variant(data: ReportData): '2019' | '2021' | 'hybrid' {
  if (data.tableVersions.t3Other === 'single') return data.template === '2021' ? 'hybrid' : '2019';
  if (data.tableVersions.t3Other === 'split') return '2021';
  return data.template ?? '2021';
}

/** Table 3 in the official layout: merged header cells and the template's row labels. */
export function T3Table({ data, marks }: { data: ReportData; marks: CellMarks }) {
  const rows = t3RowsFor(t3Variant(data));
  const outcomes = rows.filter((r) => !OUTSIDE.has(r.key));
  const groupSize = (group: string) => rows.filter((r) => r.group === group).length;
  const values = (row: TemplateRow) =>
    T3_COLUMNS.map((c) => <ValueCell key={c.key} cellRef={`t3.${row.key}.${c.key}`} value={data.tables.t3[row.key]?.[c.key]} marks={marks} />);

  const body: ReactNode[] = rows.map((row, i) => {
    const labels: ReactNode[] = [];
    if (OUTSIDE.has(row.key)) {
      labels.push(
        <th key="l" colSpan={3} className="row-label">
          {row.label}
        </th>,
      );
    } else {
      if (row.key === outcomes[0].key)
        labels.push(
          <th key="o" rowSpan={outcomes.length} className="group-label">
            {t.tables.t3Outcomes}
          </th>,
        );
      if (!row.group)
        labels.push(
          <th key="l" colSpan={2} className="row-label">
            {row.label}
          </th>,
        );
      else {
        if (rows[i - 1]?.group !== row.group)
          labels.push(
            <th key="g" rowSpan={groupSize(row.group)} className="group-label">
              {row.group}
            </th>,
          );
        labels.push(
          <th key="l" className="row-label">
            {row.label}
          </th>,
        );
      }
    }
    return (
      <tr key={row.key} data-row={row.key}>
        {labels}
        {values(row)}
      </tr>
    );
  });

  return (
    <table className="report-table t3" data-table="t3" role="grid" aria-readonly="true">
      <caption>{t.tables.t3}</caption>
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3} className="balance-note">
            {t.tables.t3Balance}
          </th>
          <th colSpan={7}>{t.tables.t3Applicants}</th>
        </tr>
        <tr>
          <th rowSpan={2}>{T3_COLUMNS[0].label}</th>
          <th colSpan={5}>{t.tables.t3Legal}</th>
          <th rowSpan={2}>{T3_COLUMNS[6].label}</th>
        </tr>
        <tr>
          {T3_COLUMNS.slice(1, 6).map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}
