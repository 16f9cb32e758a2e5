import type { CellValue, ReportData, TableValues } from '../../../shared/model';
import type { TemplateRow } from '../../../shared/template';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS, cellUnit, t2BlocksFor, t3RowsFor } from '../../../shared/template';
import { escapeHtml } from './escape';
import { headerHtml } from './headerWords';
import type { CellMark } from './marks';

/**
 * The three tables in the official layout (merged label cells as the templates draw them), each
 * value as the report wrote it, flagged cells shaded by severity and tagged with the numbers of
 * the findings and notes that point at them.
 */
export function renderTables(data: ReportData, marks: Map<string, CellMark>): string {
  return [renderTable2(data, marks), renderTable3(data, marks), renderTable4(data, marks)].join('\n');
}

/** One value cell: the text as written (or the number), with its marks. */
function valueCell(table: TableValues, ref: string, row: string, col: string, marks: Map<string, CellMark>, attrs = ''): string {
  const cell: CellValue | undefined = table[row]?.[col];
  const mark = marks.get(ref);
  const classes = ['v'];
  if (mark?.severity) classes.push(`flag-${mark.severity}`);
  if (mark && mark.notes.length > 0) classes.push('noted');
  const tags = [
    ...(mark?.findings ?? []).map((n) => `<span class="tag">${findingTag(n)}</span>`),
    ...(mark?.notes ?? []).map((n) => `<span class="tag note-tag">注${n}</span>`),
  ].join('');
  // Money is in 万元: said beside a number written without its unit.
  const unit = cellUnit(ref);
  const shown = displayValue(cell) + (unit && cell?.value != null && !/元/.test(cell.raw) ? unit : '');
  return `<td class="${classes.join(' ')}"${attrs}>${escapeHtml(shown)}${tags ? `<sup>${tags}</sup>` : ''}</td>`;
}

/**
 * The marker of finding n: a circled number (①…⑳), which stays one glyph apart from the value in
 * the PDF's text layer (「3①」, not 「31」), and [n] beyond twenty.
 */
export function findingTag(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `[${n}]`;
}

/**
 * What a reader sees in a cell: the text as written when there is one (`+113`, `11522.96万元`,
 * `—`), the number otherwise, and 「空」 for a cell found blank, so that an empty cell in the
 * summary never looks like a rendering fault.
 */
export function displayValue(cell: CellValue | undefined): string {
  if (!cell) return '';
  const raw = cell.raw.trim();
  if (raw !== '') return raw;
  if (cell.value !== null) return String(cell.value);
  return cell.anchor ? '空' : '';
}

function renderTable2(data: ReportData, marks: Map<string, CellMark>): string {
  const version = data.tableVersions.t2 ?? data.template ?? '2021';
  const blocks = t2BlocksFor(version);
  const width = Math.max(...blocks.map((b) => b.columns.length));
  const body = blocks
    .map((block) => {
      const head = `<tr class="block"><th colspan="${width + 1}">${escapeHtml(block.label)}</th></tr>`;
      const cols = block.columns.map((c, i) => `<th class="hw"${colspanForLast(i, block.columns.length, width)}>${headerHtml(c.label)}</th>`).join('');
      const sub = `<tr class="sub"><th class="label">信息内容</th>${cols}</tr>`;
      const rows = block.rows
        .map((row) => {
          const cells = block.columns
            .map((c, i) => valueCell(data.tables.t2, `t2.${row.key}.${c.key}`, row.key, c.key, marks, colspanForLast(i, block.columns.length, width)))
            .join('');
          return `<tr><th class="label">${escapeHtml(row.label)}</th>${cells}</tr>`;
        })
        .join('');
      return `<tbody class="keep">${head}${sub}${rows}</tbody>`;
    })
    .join('');
  return `<section class="table-block"><h3>表二　主动公开政府信息情况（${version}年版）</h3>
<table class="t2"><colgroup><col class="c-label">${'<col>'.repeat(width)}</colgroup>${body}</table></section>`;
}

/** A block with fewer columns than the widest one lets its last column fill the row. */
function colspanForLast(index: number, count: number, width: number): string {
  return index === count - 1 && count < width ? ` colspan="${width - count + 1}"` : '';
}

/** Table 3 rows the report has: the single （六） row of 2019 (and the hybrid), or the three of 2021. */
function table3Rows(data: ReportData): TemplateRow[] {
  if (data.tableVersions.t3Other === 'single') return t3RowsFor('2019');
  if (data.tableVersions.t3Other === 'split') return t3RowsFor('2021');
  return t3RowsFor(data.template ?? '2021');
}

function renderTable3(data: ReportData, marks: Map<string, CellMark>): string {
  const rows = table3Rows(data);
  const firstOutcome = rows.findIndex((r) => r.key === 'granted');
  const totalIndex = rows.findIndex((r) => r.key === 'total');
  const outcomeSpan = totalIndex - firstOutcome + 1;
  const head = `<thead>
<tr><th colspan="3" rowspan="3" class="corner">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>
<tr><th rowspan="2" class="hw">${headerHtml(T3_COLUMNS[0].label)}</th><th colspan="5" class="hw">${headerHtml('法人或其他组织')}</th><th rowspan="2" class="hw">${headerHtml(T3_COLUMNS[6].label)}</th></tr>
<tr>${T3_COLUMNS.slice(1, 6)
    .map((c) => `<th class="hw">${headerHtml(c.label)}</th>`)
    .join('')}</tr>
</thead>`;
  const body = rows
    .map((row, i) => {
      const labels: string[] = [];
      if (i === firstOutcome) labels.push(`<th rowspan="${outcomeSpan}" class="label group">三、本年度办理结果</th>`);
      const inOutcomes = i >= firstOutcome && i <= totalIndex;
      if (row.group) {
        const groupRows = rows.filter((r) => r.group === row.group);
        if (groupRows[0] === row) labels.push(`<th rowspan="${groupRows.length}" class="label group">${escapeHtml(row.group)}</th>`);
        labels.push(`<th class="label">${escapeHtml(row.label)}</th>`);
      } else {
        labels.push(`<th class="label" colspan="${inOutcomes ? 2 : 3}">${escapeHtml(row.label)}</th>`);
      }
      const cells = T3_COLUMNS.map((c) => valueCell(data.tables.t3, `t3.${row.key}.${c.key}`, row.key, c.key, marks)).join('');
      return `<tr>${labels.join('')}${cells}</tr>`;
    })
    .join('\n');
  return `<section class="table-block t3-block"><h3>表三　收到和处理政府信息公开申请情况</h3>
<table class="t3"><colgroup><col class="c-t3a"><col class="c-t3b"><col class="c-t3c">${'<col>'.repeat(7)}</colgroup>${head}<tbody>${body}</tbody></table></section>`;
}

function renderTable4(data: ReportData, marks: Map<string, CellMark>): string {
  const [review, ...litigation] = T4_GROUPS;
  const labels = T4_COLUMNS.map((c) => `<th class="hw">${headerHtml(c.label)}</th>`).join('');
  const head = `<thead>
<tr><th colspan="5">${escapeHtml(review.label)}</th><th colspan="10">行政诉讼</th></tr>
<tr>${T4_COLUMNS.map((c) => `<th rowspan="2" class="hw">${headerHtml(c.label)}</th>`).join('')}${litigation.map((g) => `<th colspan="5" class="hw">${headerHtml(g.label)}</th>`).join('')}</tr>
<tr>${labels}${labels}</tr>
</thead>`;
  const cells = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => valueCell(data.tables.t4, `t4.${g.key}.${c.key}`, g.key, c.key, marks))).join('');
  return `<section class="table-block keep"><h3>表四　政府信息公开行政复议、行政诉讼情况</h3>
<table class="t4">${head}<tbody><tr>${cells}</tr></tbody></table></section>`;
}
