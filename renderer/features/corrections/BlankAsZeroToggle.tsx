import { getDb } from '../../db/db';
import { setBlankAsZero } from '../../db/corrections';
import { guarded } from '../../db/storageErrors';
import { t } from '../../strings';
import { pushUndo } from '../notes/undoStack';

/** The per-report decision 空白按 0 计: blank cells count as 0 in the sums (checks rerun at once). */
export function BlankAsZeroToggle({ sha256, on }: { sha256: string | null; on: boolean }) {
  if (!sha256) return null;
  return (
    <label className="blank-as-zero" title={t.corrections.blankAsZeroHint}>
      <input
        type="checkbox"
        checked={on}
        data-testid="blank-as-zero"
        onChange={(e) => {
          const next = e.target.checked;
          void guarded(async () => pushUndo(await setBlankAsZero(getDb(), sha256, next)));
        }}
      />
      {t.corrections.blankAsZero}
    </label>
  );
}
