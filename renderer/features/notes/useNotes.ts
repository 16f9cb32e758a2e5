import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type NoteRow } from '../../db/db';
import { notesOf } from '../../db/notes';
import { orShow } from './liveQuery';

/** The notes of a report, oldest first; undefined while loading. Follows every change live. */
export function useNotes(sha256: string | null): NoteRow[] | undefined {
  return useLiveQuery(() => (sha256 ? orShow(notesOf(getDb(), sha256), []) : Promise.resolve([])), [sha256]);
}
