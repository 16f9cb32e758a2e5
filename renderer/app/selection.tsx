import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Anchor } from '../../shared/model';

/** Which pane a selection came from: the other panes follow it. */
export type SelectionOrigin = 'findings' | 'tables' | 'document' | 'keyboard' | 'restore';

/** What the auditor is looking at; the notes panel attaches notes to it. */
export interface Selection {
  /** `findingKey()` of the selected finding. */
  findingKey: string | null;
  /** A cell reference `t3.unable.no_info.natural`. */
  cell: string | null;
  /** A passage of the document. */
  passage: { anchor: Anchor; quote: string } | null;
  origin: SelectionOrigin | null;
  /** Increases on every selection, so that panes scroll again even to the same target. */
  seq: number;
}

/** The selection and the ways to change it. */
export interface SelectionApi {
  selection: Selection;
  selectFinding(findingKey: string | null, origin: SelectionOrigin, cell?: string | null): void;
  selectCell(cell: string | null, origin: SelectionOrigin): void;
  selectPassage(passage: { anchor: Anchor; quote: string } | null, origin: SelectionOrigin): void;
  clear(): void;
  /** Puts back a report's remembered selection (origin 'restore': no pane scrolls to it), or none. */
  restore(selection: Selection | null): void;
}

const EMPTY: Selection = { findingKey: null, cell: null, passage: null, origin: null, seq: 0 };
const SelectionContext = createContext<SelectionApi | null>(null);

/** Holds the current selection for the workspace (and the notes panel). */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<Selection>(EMPTY);
  const selectFinding = useCallback(
    (findingKey: string | null, origin: SelectionOrigin, cell: string | null = null) =>
      setSelection((s) => ({ findingKey, cell, passage: null, origin, seq: s.seq + 1 })),
    [],
  );
  const selectCell = useCallback(
    (cell: string | null, origin: SelectionOrigin) => setSelection((s) => ({ findingKey: null, cell, passage: null, origin, seq: s.seq + 1 })),
    [],
  );
  const selectPassage = useCallback(
    (passage: { anchor: Anchor; quote: string } | null, origin: SelectionOrigin) =>
      setSelection((s) => ({ findingKey: null, cell: null, passage, origin, seq: s.seq + 1 })),
    [],
  );
  const clear = useCallback(() => setSelection((s) => ({ ...EMPTY, seq: s.seq + 1 })), []);
  const restore = useCallback((saved: Selection | null) => setSelection((s) => ({ ...(saved ?? EMPTY), origin: saved ? 'restore' : null, seq: s.seq + 1 })), []);
  const value = useMemo(
    () => ({ selection, selectFinding, selectCell, selectPassage, clear, restore }),
    [selection, selectFinding, selectCell, selectPassage, clear, restore],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** The current selection; must be used under <SelectionProvider>. */
export function useSelection(): SelectionApi {
  const api = useContext(SelectionContext);
  if (!api) throw new Error('useSelection outside SelectionProvider');
  return api;
}
