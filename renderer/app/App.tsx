import { useEffect } from 'react';
import { getApi } from '../api';
import { NotesSlot } from '../features/notes/NotesSlot';
import { warmPdfViewer } from '../features/source/pdfjs';
import { ReviewWorkspace } from './ReviewWorkspace';
import { SelectionProvider } from './selection';

/** Composes the app: the selection store around the review workspace (notes mount in its slot). */
export function App() {
  // pdf.js's worker starts while the app is idle after its first paint, not when the first PDF opens.
  useEffect(() => warmPdfViewer(), []);
  return (
    <SelectionProvider>
      <ReviewWorkspace api={getApi()} notes={<NotesSlot />} />
    </SelectionProvider>
  );
}
