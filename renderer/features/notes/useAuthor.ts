import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../db/db';
import { getPref, setPref } from '../../db/prefs';
import { guarded } from '../../db/storageErrors';
import { orShow } from './liveQuery';

/** The author's name (set once, stored with the notes) and a setter that writes at once. */
export function useAuthor(): [string, (name: string) => Promise<void>] {
  const author = useLiveQuery(() => orShow(getPref(getDb(), 'author'), ''), []) ?? '';
  const set = useCallback(async (name: string) => {
    await guarded(() => setPref(getDb(), 'author', name.trim()));
  }, []);
  return [author, set];
}

/** 暂不署名 holds for the session (the notes panel remounts with the workspace): the name is asked once. */
export const authorPromptSkip = { skipped: false };

/** Asks again (tests start each with a fresh session). */
export function resetAuthorPrompt(): void {
  authorPromptSkip.skipped = false;
}
