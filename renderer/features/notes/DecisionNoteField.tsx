import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDb } from '../../db/db';
import { decide } from './actions';
import { orShow } from './liveQuery';
import { notesText } from './strings';

/** The optional note of a finding's status, saved when the field loses focus or on Enter. */
export function DecisionNoteField({ sha256, findingKey }: { sha256: string; findingKey: string }) {
  const decision = useLiveQuery(() => orShow(getDb().decisions.get([sha256, findingKey]), undefined), [sha256, findingKey]);
  const saved = decision?.note ?? '';
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  const commit = () => {
    if (draft.trim() !== saved) void decide(sha256, findingKey, { note: draft.trim() });
  };
  return (
    <label className="decision-note">
      {notesText.statusNote}{' '}
      <input
        value={draft}
        placeholder={notesText.statusNotePlaceholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
