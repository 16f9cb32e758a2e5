import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import { useThrottled } from '../../components/useThrottled';
import { orShow } from '../notes/liveQuery';

/** How often, at most, a query over the batch's reports follows a batch that is growing. */
const REQUERY_MS = 400;

/**
 * A live IndexedDB read over the content hashes of `documents` (conclusions, decisions,
 * corrections of the whole batch). While 200 reports stream in it runs a few times, not once per
 * report; between a new set of hashes and its answer the last answer stays, so that nothing in the
 * list flicks back to empty while the batch grows.
 */
export function useBatchQuery<T>(documents: readonly DocumentSummary[], read: (sha256s: string[]) => Promise<T>, empty: T): T {
  const wanted = useMemo(() => [...new Set(documents.map((d) => d.sha256).filter(Boolean))].sort().join(','), [documents]);
  const key = useThrottled(wanted, REQUERY_MS);
  const answer = useLiveQuery(() => orShow(read(key ? key.split(',') : []), empty), [key]);
  const last = useRef(empty);
  if (answer) last.current = answer;
  return answer ?? last.current;
}
