import { useEffect, useRef, useState, type FormEvent } from 'react';
import { authorProblem } from '../../../shared/model/noteLimits';
import { useReturnFocus } from '../../components/useReturnFocus';
import { notesText } from './strings';

/**
 * Asked once, right after the first note is saved while no 批注人 is set: the name that note and
 * every later one carries (kept in IndexedDB, changed later in the 批注人 field). It never blocks
 * saving, so no note waits on it; 暂不署名 leaves the notes unsigned and does not ask again.
 */
export function AuthorPrompt({ onName, onSkip }: { onName(name: string): void; onSkip(): void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useReturnFocus();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(notesText.askAuthorEmpty);
    const problem = authorProblem(trimmed);
    if (problem) return setError(problem);
    onName(trimmed);
  };
  return (
    <form
      className="author-prompt"
      role="dialog"
      aria-label={notesText.askAuthorTitle}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onSkip())}
      data-testid="author-prompt"
    >
      <p className="author-prompt-title">{notesText.askAuthorTitle}</p>
      <p className="muted">{notesText.askAuthorBody}</p>
      <div className="author-prompt-row">
        <input ref={input} value={name} onChange={(e) => setName(e.target.value)} aria-label={notesText.author} placeholder={notesText.askAuthorPlaceholder} />
        <button type="submit" className="primary-small">
          {notesText.askAuthorSave}
        </button>
        <button type="button" onClick={onSkip}>
          {notesText.askAuthorSkip}
        </button>
      </div>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
