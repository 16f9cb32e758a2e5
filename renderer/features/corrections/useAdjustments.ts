import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { NO_ADJUSTMENTS, type Adjustments } from '../../../shared/checks';
import { correctionsOf, toCorrections } from '../../db/corrections';
import { getDb } from '../../db/db';
import { orShow } from '../notes/liveQuery';

/** The auditor's decisions on a report (corrections, 空白按 0 计), live from IndexedDB. */
export function useAdjustments(sha256: string | null | undefined): Adjustments {
  const rows = useLiveQuery(() => (sha256 ? orShow(correctionsOf(getDb(), sha256), []) : []), [sha256]);
  const blankAsZero = useLiveQuery(async () => (sha256 ? (await orShow(getDb().reviews.get(sha256), undefined))?.blankAsZero === true : false), [sha256]);
  return useMemo(
    () => (rows === undefined && blankAsZero === undefined ? NO_ADJUSTMENTS : { blankAsZero: blankAsZero === true, corrections: toCorrections(rows ?? []) }),
    [rows, blankAsZero],
  );
}
