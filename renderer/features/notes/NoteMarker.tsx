import { notesText } from './strings';

/** A small badge on an annotated cell, finding or passage: 「✎2」 with a tooltip. */
export function NoteMarker({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="note-marker" title={notesText.markerTitle(count)} aria-label={notesText.markerTitle(count)} data-testid="note-marker">
      ✎{count > 1 ? count : ''}
    </span>
  );
}
