import { useEffect, useState } from 'react';
import { useSelection } from '../../app/selection';
import { requestNote } from './noteComposer';
import { passageFromRange, type SelectedPassage } from './passageFromRange';
import { notesText } from './strings';

interface Shown {
  passage: SelectedPassage;
  top: number;
  left: number;
}

/**
 * A floating 「添加批注」 beside a text selection in the document pane (`within`: a CSS selector
 * of the pane). Selecting text also selects the passage, so N works too.
 */
export function PassageNoteButton({ within = '.source-pane' }: { within?: string }) {
  const { selectPassage } = useSelection();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const onUp = (e: MouseEvent) => {
      if ((e.target as Element | null)?.closest?.('.passage-note-button')) return;
      // Let the browser finish the selection first.
      setTimeout(() => {
        const sel = window.getSelection();
        const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
        const node = range?.commonAncestorContainer ?? null;
        const el = node && node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node?.parentElement ?? null);
        const inside = el?.closest(within) ?? null;
        const passage = range && inside ? passageFromRange(range) : null;
        if (!range || !passage) return setShown(null);
        const r = range.getBoundingClientRect();
        selectPassage(passage, 'document');
        // Beside the selection, but never off screen (a selection may run past the pane's edge).
        const top = Math.max(0, Math.min(r.bottom + 4, window.innerHeight - 32));
        const left = Math.max(0, Math.min(r.left, window.innerWidth - 96));
        setShown({ passage, top, left });
      }, 0);
    };
    document.addEventListener('mouseup', onUp);
    return () => document.removeEventListener('mouseup', onUp);
  }, [within, selectPassage]);

  if (!shown) return null;
  return (
    <button
      type="button"
      className="passage-note-button"
      style={{ position: 'fixed', top: shown.top, left: shown.left, zIndex: 10 }}
      onClick={() => {
        requestNote({ kind: 'passage', anchor: shown.passage.anchor, quote: shown.passage.quote });
        setShown(null);
      }}
    >
      {notesText.addNote}
    </button>
  );
}
