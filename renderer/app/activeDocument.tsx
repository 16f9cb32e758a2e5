import { createContext, useContext } from 'react';
import type { DocumentReview, DocumentSummary } from '../../shared/ipc/contract';

/** The document in front of the auditor, for panels mounted in the workspace (e.g. notes). */
export interface ActiveDocument {
  summary: DocumentSummary | null;
  review: DocumentReview | null;
}

/** Provided by the workspace around all its panes. */
export const ActiveDocumentContext = createContext<ActiveDocument>({ summary: null, review: null });

/** The active document's summary (sha256 keys the notes) and its review, when loaded. */
export function useActiveDocument(): ActiveDocument {
  return useContext(ActiveDocumentContext);
}
