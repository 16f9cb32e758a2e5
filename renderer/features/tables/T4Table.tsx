import type { ReportData } from '../../../shared/model';
import { T4_COLUMNS, T4_GROUPS } from '../../../shared/template';
import { t } from '../../strings';
import { ValueCell, type CellMarks } from './ValueCell';

/** Table 4 in the official layout: 行政复议 then 行政诉讼 (未经复议直接起诉, 复议后起诉), one value row. */
export function T4Table({ data, marks }: { data: ReportData; marks: CellMarks }) {
  const [review, ...litigation] = T4_GROUPS;
  return (
    <table className="report-table t4" data-table="t4" role="grid" aria-readonly="true">
      <caption>{t.tables.t4}</caption>
      <thead>
        <tr>
          <th colSpan={5} rowSpan={2}>
            {t.tables.t4Review}
          </th>
          <th colSpan={10}>{t.tables.t4Litigation}</th>
        </tr>
        <tr>
          {litigation.map((g) => (
            <th key={g.key} colSpan={5}>
              {g.label}
            </th>
          ))}
        </tr>
        <tr>{[review, ...litigation].flatMap((g) => T4_COLUMNS.map((c) => <th key={`${g.key}.${c.key}`}>{c.label}</th>))}</tr>
      </thead>
      <tbody>
        <tr>
          {T4_GROUPS.flatMap((g) =>
            T4_COLUMNS.map((c) => <ValueCell key={`${g.key}.${c.key}`} cellRef={`t4.${g.key}.${c.key}`} value={data.tables.t4[g.key]?.[c.key]} marks={marks} />),
          )}
        </tr>
      </tbody>
    </table>
  );
}
