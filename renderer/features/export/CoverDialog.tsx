import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REVIEW_COVER_MAX, type ReviewCover } from '../../../shared/ipc/contract';
import { t } from '../../strings';

/**
 * 审阅单位 and 审阅人 for the summary's cover, asked once before the first export of several
 * reports (and changed later from the toolbar's 更多 menu). A blank 审阅单位 is allowed: the
 * cover then says （未填写）, and the auditor is not asked again.
 */
export function CoverDialog({ initial, forExport, onSave, onCancel }: { initial: ReviewCover; forExport: boolean; onSave(cover: ReviewCover): void; onCancel(): void }) {
  const [unit, setUnit] = useState(initial.unit);
  const [reviewer, setReviewer] = useState(initial.reviewer);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (unit.trim().length > REVIEW_COVER_MAX || reviewer.trim().length > REVIEW_COVER_MAX) return setError(t.cover.tooLong(REVIEW_COVER_MAX));
    onSave({ unit: unit.replace(/\s+/g, ' '), reviewer: reviewer.replace(/\s+/g, ' ') });
  };
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <form className="dialog" role="dialog" aria-modal="true" aria-label={t.cover.title} onSubmit={submit} data-testid="cover-dialog">
        <h2>{t.cover.title}</h2>
        <p className="muted">{t.cover.body}</p>
        <label>
          {t.cover.unit}
          <input
            ref={input}
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
            aria-label={t.cover.unit}
            placeholder={t.cover.unitPlaceholder}
            data-testid="cover-unit"
          />
        </label>
        <label>
          {t.cover.reviewer}
          <input value={reviewer} onChange={(e) => setReviewer(e.target.value)} aria-label={t.cover.reviewer} data-testid="cover-reviewer" />
        </label>
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t.cover.cancel}
          </button>
          <button type="submit" className="primary-small" data-testid="cover-save">
            {forExport ? t.cover.saveAndExport : t.cover.save}
          </button>
        </div>
      </form>
    </div>
  );
}
