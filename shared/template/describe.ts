import { parseCellRef } from '../model/finding';
import { T2_2019, T2_2021 } from './t2';
import { T3_COLUMNS, T3_ROWS } from './t3';
import { T4_COLUMNS, T4_GROUPS } from './t4';

const TABLE_NAMES = { t2: '表二', t3: '表三', t4: '表四' } as const;

function t3RowLabel(key: string): string {
  const row = T3_ROWS.find((r) => r.key === key);
  if (!row) return key;
  return row.group ? `${row.group} ${row.label}` : row.label;
}

/**
 * A cell reference in words: `t3.total.natural` → 表三「（七）总计」自然人. Table 2's labels
 * differ between versions (made: 本年新制作数量 / 本年制发件数), so the report's version leads.
 */
export function describeCell(ref: string, template: '2019' | '2021' | null = null): string {
  const parsed = parseCellRef(ref);
  if (!parsed) return ref;
  const { table, row, col } = parsed;
  if (table === 't3') {
    const column = T3_COLUMNS.find((c) => c.key === col)?.label ?? col;
    return `表三「${t3RowLabel(row)}」${column}`;
  }
  if (table === 't4') {
    const group = T4_GROUPS.find((g) => g.key === row)?.label ?? row;
    const column = T4_COLUMNS.find((c) => c.key === col)?.label ?? col;
    return `表四「${group}」${column}`;
  }
  for (const block of template === '2019' ? [...T2_2019, ...T2_2021] : [...T2_2021, ...T2_2019]) {
    const r = block.rows.find((x) => x.key === row);
    const c = block.columns.find((x) => x.key === col);
    if (r && c) return `${TABLE_NAMES.t2}「${r.label}」${c.label}`;
  }
  return `${TABLE_NAMES[table]}「${row}」${col}`;
}
