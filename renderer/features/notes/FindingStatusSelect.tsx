import { useLiveQuery } from 'dexie-react-hooks';
import { FINDING_STATUS_LABELS, type FindingStatus } from '../../../shared/model';
import { getDb } from '../../db/db';
import { decide } from './actions';
import { orShow } from './liveQuery';
import { notesText } from './strings';

const STATUSES = Object.keys(FINDING_STATUS_LABELS) as FindingStatus[];

/** Props of FindingStatusSelect. */
export interface FindingStatusSelectProps {
  sha256: string;
  findingKey: string;
  /** Accessible name; defaults to 核查状态. */
  label?: string;
  /** -1 keeps it out of the Tab order (a row of a list that is one Tab stop). */
  tabIndex?: number;
}

/** The review status of one finding (待核实 / 已确认问题 / 误报 / 已整改), written on change. */
export function FindingStatusSelect({ sha256, findingKey, label = notesText.status, tabIndex }: FindingStatusSelectProps) {
  const decision = useLiveQuery(() => orShow(getDb().decisions.get([sha256, findingKey]), undefined), [sha256, findingKey]);
  const status = decision?.status ?? 'pending';
  return (
    <select
      className={`finding-status status-${status}`}
      aria-label={label}
      tabIndex={tabIndex}
      value={status}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => void decide(sha256, findingKey, { status: e.target.value as FindingStatus })}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {FINDING_STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
