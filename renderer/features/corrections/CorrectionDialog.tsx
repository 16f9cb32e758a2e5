import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { CellValue, Correction } from '../../../shared/model';
import { getDb } from '../../db/db';
import { setCorrection } from '../../db/corrections';
import { guarded } from '../../db/storageErrors';
import { t } from '../../strings';
import { useAuthor } from '../notes/useAuthor';
import { pushUndo } from '../notes/undoStack';
import { getCorrecting, requestCorrection, subscribeCellMenu } from './cellMenuStore';

interface CorrectionDialogProps {
  sha256: string | null;
  /** The extracted value of a cell and its name as the findings say it. */
  cellOf(ref: string): { value: CellValue | undefined; label: string };
  corrections: Correction[];
}

/** Reads a number as an auditor types it: digits, an optional sign and decimals, full-width too. */
export function parseCorrectionValue(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : null;
}

/**
 * 更正识别值: the auditor types the value the source really shows and why. The extracted value is
 * kept; the checks rerun on the corrected one at once.
 */
export function CorrectionDialog({ sha256, cellOf, corrections }: CorrectionDialogProps) {
  const cell = useSyncExternalStore(subscribeCellMenu, getCorrecting);
  const [author, setAuthor] = useAuthor();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const origin = useRef<Element | null>(null);

  useEffect(() => {
    if (!cell) return;
    origin.current = document.activeElement;
    const old = corrections.find((c) => c.cell === cell);
    setValue(old ? String(old.value) : '');
    setReason(old?.reason ?? '');
    setError(null);
    setTimeout(() => input.current?.focus(), 0);
  }, [cell]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!cell || !sha256) return null;
  const { value: extracted, label } = cellOf(cell);
  const close = () => {
    requestCorrection(null);
    (origin.current as HTMLElement | null)?.focus?.();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseCorrectionValue(value);
    if (n === null) return setError(t.corrections.badValue);
    if (!reason.trim()) return setError(t.corrections.needReason);
    const who = author || name.trim();
    if (!who) return setError(t.corrections.needAuthor);
    void guarded(async () => {
      if (!author) await setAuthor(who);
      pushUndo(await setCorrection(getDb(), sha256, { cell, value: n, reason: reason.trim(), author: who }));
      close();
    });
  };
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
      <form className="dialog correction-dialog" role="dialog" aria-modal="true" aria-label={t.corrections.correct} onSubmit={submit} data-testid="correction-dialog">
        <h2>{t.corrections.correct}</h2>
        <p className="muted">
          {label}：{t.corrections.extracted(extracted?.raw ?? '', extracted?.value ?? null)}
        </p>
        <label>
          {t.corrections.value}
          <input ref={input} value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" aria-label={t.corrections.value} />
        </label>
        <label>
          {t.corrections.reason}
          <input value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t.corrections.reason} placeholder={t.corrections.reasonHint} />
        </label>
        {!author && (
          <label>
            {t.corrections.author}
            <input value={name} onChange={(e) => setName(e.target.value)} aria-label={t.corrections.author} />
          </label>
        )}
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary-small">
            {t.corrections.save}
          </button>
          <button type="button" onClick={close}>
            {t.corrections.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
