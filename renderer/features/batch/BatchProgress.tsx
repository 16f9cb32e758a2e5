import type { OpenProgress } from '../../../shared/ipc/contract';
import { batchText as bt } from './strings';

/** The reading progress of a batch: a bar, n / N, the file being read (its scanned page while OCR reads it), and 取消. */
export function BatchProgress({ progress, onCancel }: { progress: OpenProgress; onCancel(): void }) {
  const percent = progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total);
  return (
    <div className="batch-progress" role="status" aria-label={bt.progress.label} data-testid="batch-progress">
      <span className="batch-progress-text">{bt.progress.reading(progress.done, progress.total)}</span>
      <progress max={progress.total} value={progress.done} aria-label={`${percent}%`} />
      {progress.current && <span className="batch-progress-current muted">{bt.progress.current(progress.current)}</span>}
      {progress.ocr && progress.ocr.done < progress.ocr.total && (
        <span className="batch-progress-ocr" data-testid="batch-progress-ocr" title={bt.progress.ocrHint(progress.ocr.page)}>
          {bt.progress.ocr(progress.ocr.done, progress.ocr.total)}
        </span>
      )}
      <button type="button" onClick={onCancel} title={bt.progress.cancelHint} data-testid="cancel-open">
        {bt.progress.cancel}
      </button>
    </div>
  );
}
