import type { ReportData, TemplateVersion } from '../../../shared/model';
import { t2BlocksFor } from '../../../shared/template';
import { t } from '../../strings';
import { ValueCell, type CellMarks } from './ValueCell';

/** Table 2 in the layout of its template version: one block per item of 第二十条. */
export function T2Table({ data, version, marks }: { data: ReportData; version: TemplateVersion; marks: CellMarks }) {
  const blocks = t2BlocksFor(version);
  const width = Math.max(...blocks.map((b) => b.columns.length)) + 1;
  return (
    <table className="report-table t2" data-table="t2" role="grid" aria-readonly="true">
      <caption>{t.tables.t2}</caption>
      <tbody>
        {blocks.map((block) => [
          <tr key={`${block.label}-h`} className="block-head">
            <th colSpan={width}>{block.label}</th>
          </tr>,
          <tr key={`${block.label}-c`}>
            <th>{t.tables.t2Content}</th>
            {block.columns.map((c, i) => (
              <th key={c.key} colSpan={i === block.columns.length - 1 ? width - block.columns.length : 1}>
                {c.label}
              </th>
            ))}
          </tr>,
          ...block.rows.map((row) => (
            <tr key={`${block.label}-${row.key}`}>
              <th className="row-label">{row.label}</th>
              {block.columns.map((c, i) => (
                <ValueCell
                  key={c.key}
                  cellRef={`t2.${row.key}.${c.key}`}
                  value={data.tables.t2[row.key]?.[c.key]}
                  marks={marks}
                  // Blocks with fewer columns stretch their last cell, as the printed template does.
                  colSpan={i === block.columns.length - 1 ? width - block.columns.length : undefined}
                />
              ))}
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
