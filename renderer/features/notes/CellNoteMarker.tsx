import { NoteMarker } from './NoteMarker';
import { useNoteCount } from './useMarkers';

/** The note marker of a table cell of the active report (nothing when it has no notes). */
export function CellNoteMarker({ cellRef }: { cellRef: string }) {
  return <NoteMarker count={useNoteCount(`cell:${cellRef}`)} />;
}
