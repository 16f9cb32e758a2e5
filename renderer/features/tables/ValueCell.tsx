import { isLowConfidence } from '../../../shared/checks/ocrConfidence';
import type { CellValue, Severity } from '../../../shared/model';
import { t } from '../../strings';
import { CellNoteMarker } from '../notes/CellNoteMarker';
import { onCellContextMenu } from '../notes/cellNoteMenu';

/** How a cell is drawn: which finding marks it, whether the selection highlights it. */
export interface CellMarks {
  flagged: Map<string, Severity>;
  highlighted: Set<string>;
  onCellClick(ref: string): void;
}

/** One value cell: the number read (or the text as written), marked when a finding involves it. */
export function ValueCell({ cellRef, value, marks, colSpan }: { cellRef: string; value: CellValue | undefined; marks: CellMarks; colSpan?: number }) {
  const severity = marks.flagged.get(cellRef);
  const highlighted = marks.highlighted.has(cellRef);
  const uncertain = isLowConfidence(value);
  const className = ['value-cell', severity ? `flag-${severity}` : '', highlighted ? 'cell-highlight' : '', value ? '' : 'cell-missing', uncertain ? 'cell-uncertain' : '']
    .filter(Boolean)
    .join(' ');
  const shown = value ? (value.value !== null ? String(value.value) : value.raw || t.tables.missing) : t.tables.missing;
  return (
    <td
      className={className}
      colSpan={colSpan}
      data-cell={cellRef}
      aria-selected={highlighted}
      title={value ? t.tables.cellTitle(value.raw, value.value) + (uncertain ? `；${t.tables.uncertainTitle(value.confidence ?? 0)}` : '') : t.tables.notFound}
      onClick={() => marks.onCellClick(cellRef)}
      onContextMenu={(e) => onCellContextMenu(e, cellRef, marks.onCellClick)}
    >
      {shown}
      {uncertain && <span className="uncertain-mark">{t.tables.uncertain}</span>}
      <CellNoteMarker cellRef={cellRef} />
    </td>
  );
}
