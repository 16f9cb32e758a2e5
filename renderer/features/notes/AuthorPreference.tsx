import { useEffect, useState } from 'react';
import { notesText } from './strings';
import { useAuthor } from './useAuthor';

/** The author's name, set once: saved when the field loses focus or on Enter. */
export function AuthorPreference() {
  const [author, setAuthor] = useAuthor();
  const [draft, setDraft] = useState(author);
  useEffect(() => setDraft(author), [author]);
  const commit = () => {
    if (draft.trim() !== author) void setAuthor(draft);
  };
  return (
    <label className="author-preference">
      {notesText.author}{' '}
      <input
        value={draft}
        placeholder={notesText.authorPlaceholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
