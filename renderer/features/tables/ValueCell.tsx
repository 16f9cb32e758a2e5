import { isLowConfidence } from '../../../shared/checks/ocrConfidence';
import { cellLabel, cellUnit } from '../../../shared/template/labels';
import type { CellValue, Correction, Severity, TemplateVersion } from '../../../shared/model';
import { t } from '../../strings';
import { getCellMenu, openCellMenu } from '../corrections/cellMenuStore';
import { keysText } from '../keyboard/strings';
import { CellNoteMarker } from '../notes/CellNoteMarker';

/** How a cell is drawn: which finding marks it, whether the selection highlights it. */
export interface CellMarks {
  flagged: Map<string, Severity>;
  highlighted: Set<string>;
  onCellClick(ref: string): void;
  /** The auditor's corrections, by cell. */
  corrections?: Map<string, Correction>;
  /** The one cell the Tab key reaches (roving tabindex); the others are reached by arrows. */
  tabStop?: string | null;
  /** The report's template version, to name the cell as the summary does. */
  template?: TemplateVersion | null;
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
      role="gridcell"
      tabIndex={marks.tabStop === cellRef ? 0 : -1}
      aria-label={keysText.cellLabel(cellLabel(cellRef, marks.template ?? null), unit ? `${shown} ${unit}` : shown, corrected?.value ?? null)}
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
        // The context-menu key opens the menu on keydown (TablesView); the event it may also fire
        // must not reopen it (the menu would take itself for the place to return focus to).
        if (getCellMenu()?.cell === cellRef) return;
        marks.onCellClick(cellRef);
        // A keyboard-made event has no pointer position inside the cell: open below the cell.
        const r = e.currentTarget.getBoundingClientRect();
        const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        openCellMenu({ cell: cellRef, x: inside ? e.clientX : r.left, y: inside ? e.clientY : r.bottom });
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
