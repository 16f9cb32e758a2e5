import { parseCellRef } from '../../shared/model';
import type { ReportData } from '../../shared/model';

/** The value of a referenced cell as written, or （空） / （未找到）. */
export function parseCellRefValue(data: ReportData, ref: string): string {
  const parsed = parseCellRef(ref);
  const cell = parsed ? data.tables[parsed.table][parsed.row]?.[parsed.col] : undefined;
  if (!cell || cell.anchor === undefined) return '（未找到）';
  return cell.raw === '' ? '（空）' : cell.raw;
}
