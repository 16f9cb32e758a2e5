import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/ipc/contract';
import type { ReviewVerdict } from '../../../shared/model';
import { getDb } from '../../db/db';
import { orShow } from '../notes/liveQuery';
import { organLabel } from './batchRows';
import { conclude } from './conclusionActions';
import { batchText as bt } from './strings';

const VERDICTS: ReviewVerdict[] = ['pass', 'revise', 'resubmit'];

/**
 * The line above an open report, in place of the tabs: back to the list, which report of how
 * many, previous / next, and the report's 审阅结论 and 审阅意见 (saved as typed, by content hash).
 */
export function ReportBar({
  doc,
  position,
  total,
  onList,
  onStep,
}: {
  doc: DocumentSummary;
  position: number;
  total: number;
  onList(): void;
  onStep(delta: 1 | -1): void;
}) {
  const sha = doc.status === 'ready' ? doc.sha256 : '';
  const row = useLiveQuery(() => (sha ? orShow(getDb().conclusions.get(sha), undefined) : Promise.resolve(undefined)), [sha]);
  const [opinion, setOpinion] = useState('');
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setOpinion(row?.opinion ?? '');
  }, [row, editing]);

  // The opinion is written shortly after typing stops, on leaving the field, and when the bar
  // goes away (another report opened): nothing typed is lost.
  const unsaved = useRef<{ sha: string; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = unsaved.current;
    unsaved.current = null;
    if (pending) void conclude(pending.sha, { opinion: pending.text });
  }, []);
  useEffect(() => flush, [flush]);

  return (
    <div className="report-bar" data-testid="report-bar">
      <button type="button" onClick={onList} title={bt.listHint} data-testid="back-to-list">
        ◀ {bt.list(total)}
      </button>
      <button type="button" onClick={() => onStep(-1)} disabled={total < 2} title={bt.previousReportHint}>
        {bt.previousReport}
      </button>
      <span className="report-bar-position muted">{bt.position(position, total)}</span>
      <button type="button" onClick={() => onStep(1)} disabled={total < 2} title={bt.nextReportHint}>
        {bt.nextReport}
      </button>
      <strong className="report-bar-name" title={doc.name}>
        {organLabel(doc)}
        {doc.year ? ` · ${doc.year}年度` : ''}
      </strong>
      {doc.organ && (
        <span className="report-bar-file muted" title={doc.name} data-testid="report-file">
          {doc.name}
        </span>
      )}
      {sha && (
        <>
          <label className="verdict-field">
            {bt.verdictLabel}
            <select
              aria-label={bt.verdictLabel}
              value={row?.verdict ?? ''}
              className={row?.verdict ? `v-${row.verdict}` : ''}
              onChange={(e) => void conclude(sha, { verdict: (e.target.value || null) as ReviewVerdict | null })}
              data-testid="verdict"
            >
              <option value="">{bt.noVerdict}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {bt.verdicts[v]}
                </option>
              ))}
            </select>
          </label>
          <input
            className="opinion-field"
            aria-label={bt.opinionLabel}
            placeholder={bt.opinionPlaceholder}
            value={opinion}
            maxLength={20000}
            onFocus={() => setEditing(true)}
            onChange={(e) => {
              setOpinion(e.target.value);
              unsaved.current = { sha, text: e.target.value };
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(flush, 800);
            }}
            onBlur={() => {
              flush();
              setEditing(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
            data-testid="opinion"
          />
        </>
      )}
    </div>
  );
}
