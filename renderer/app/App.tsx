import { getApi } from '../api';
import { NotesSlot } from '../features/notes/NotesSlot';
import { ReviewWorkspace } from './ReviewWorkspace';
import { SelectionProvider } from './selection';

/** Composes the app: the selection store around the review workspace (notes mount in its slot). */
export function App() {
  return (
    <SelectionProvider>
      <ReviewWorkspace api={getApi()} notes={<NotesSlot />} />
    </SelectionProvider>
  );
}
