import { useCallback, useSyncExternalStore } from 'react';
import { useActiveDocument } from '../../app/activeDocument';
import { getMarkers, subscribeMarkers, type MarkerSnapshot } from './markerStore';

const NONE: MarkerSnapshot = { counts: new Map(), passages: [] };
const noop = () => () => undefined;

/** The markers of the active report (empty with no report open). */
export function useMarkers(): MarkerSnapshot {
  const sha256 = useActiveDocument().summary?.sha256 ?? null;
  const subscribe = useCallback((l: () => void) => (sha256 ? subscribeMarkers(sha256, l) : noop()), [sha256]);
  return useSyncExternalStore(subscribe, () => (sha256 ? getMarkers(sha256) : NONE));
}

/** How many notes are attached to one target key of the active report. */
export function useNoteCount(targetKey: string): number {
  return useMarkers().counts.get(targetKey) ?? 0;
}
