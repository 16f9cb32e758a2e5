import { useEffect, useState } from 'react';
import type { OpenProgress, RendererApi } from '../../../shared/ipc/contract';
import { t } from '../../strings';
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

/**
 * Main's reading progress while `busy`, at most once per frame (it comes twice per file: taken,
 * done); the last one wins, and none once the batch is read.
 */
function useOpenProgress(api: Pick<RendererApi, 'onOpenProgress'>, busy: boolean): OpenProgress | null {
  const [progress, setProgress] = useState<OpenProgress | null>(null);
  useEffect(() => {
    let frame: number | null = null;
    let latest: OpenProgress | null = null;
    const off = api.onOpenProgress((p) => {
      latest = p;
      frame ??= requestAnimationFrame(() => {
        frame = null;
        setProgress(latest && latest.done >= latest.total ? null : latest);
      });
    });
    return () => {
      off();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [api]);
  useEffect(() => {
    if (!busy) setProgress(null);
  }, [busy]);
  return busy ? progress : null;
}

/**
 * The bar under the toolbar while files are read. It follows the progress events itself, so that
 * the hundreds of them in a batch redraw this bar only, not the workspace and its list.
 */
export function OpenProgressBar({ api, busy, onCancel }: { api: Pick<RendererApi, 'onOpenProgress'>; busy: boolean; onCancel(): void }) {
  const progress = useOpenProgress(api, busy);
  if (progress) return <BatchProgress progress={progress} onCancel={onCancel} />;
  if (!busy) return null;
  return (
    <div className="progress" role="status">
      {t.progress.parsing(0, 1, null)}
    </div>
  );
}
