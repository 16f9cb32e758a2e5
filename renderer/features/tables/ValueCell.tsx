import { isLowConfidence } from '../../../shared/checks/ocrConfidence';
import { cellUnit } from '../../../shared/template/labels';
import type { CellValue, Correction, Severity } from '../../../shared/model';
import { t } from '../../strings';
import { openCellMenu } from '../corrections/cellMenuStore';
import { CellNoteMarker } from '../notes/CellNoteMarker';

/** How a cell is drawn: which finding marks it, whether the selection highlights it. */
export interface CellMarks {
  flagged: Map<string, Severity>;
  highlighted: Set<string>;
  onCellClick(ref: string): void;
  /** The auditor's corrections, by cell. */
  corrections?: Map<string, Correction>;
}

/** One value cell: the number read (or the text as written), marked when a finding involves it. */
export function ValueCell({ cellRef, value, marks, colSpan }: { cellRef: string; value: CellValue | undefined; marks: CellMarks; colSpan?: number }) {
  const severity = marks.flagged.get(cellRef);
  const highlighted = marks.highlighted.has(cellRef);
  const uncertain = isLowConfidence(value);
  const className = [
    'value-cell',
    severity ? `flag-${severity}` : '',
    highlighted ? 'cell-highlight' : '',
    value ? '' : 'cell-missing',
    uncertain ? 'cell-uncertain' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const shown = value ? (value.value !== null ? String(value.value) : value.raw || t.tables.missing) : t.tables.missing;
  const corrected = marks.corrections?.get(cellRef);
  // Money (table 2's amounts) is in 万元: said beside the number, not only in a header.
  const unit = (corrected || value?.value != null) && cellUnit(cellRef);
  return (
    <td
      className={corrected ? `${className} cell-corrected` : className}
      colSpan={colSpan}
      data-cell={cellRef}
      aria-selected={highlighted}
      title={
        corrected
          ? t.corrections.cellTitle(shown, corrected.value, corrected.reason, corrected.author)
          : value
            ? t.tables.cellTitle(value.raw, value.value) + (uncertain ? `；${t.tables.uncertainTitle(value.confidence ?? 0)}` : '')
            : t.tables.notFound
      }
      onClick={() => marks.onCellClick(cellRef)}
      onContextMenu={(e) => {
        e.preventDefault();
        marks.onCellClick(cellRef);
        openCellMenu({ cell: cellRef, x: e.clientX, y: e.clientY });
      }}
    >
      {corrected ? (
        <>
          <s className="extracted-value">{shown}</s> <span className="corrected-value">{corrected.value}</span>
        </>
      ) : (
        shown
      )}
      {unit && <span className="unit">{unit}</span>}
      {uncertain && <span className="uncertain-mark">{t.tables.uncertain}</span>}
      <CellNoteMarker cellRef={cellRef} />
    </td>
  );
}
