import { useRef, useState } from 'react';
import { exportBackupJson, importBackup } from '../../db/backup';
import { getDb } from '../../db/db';
import { notesText } from './strings';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Downloads the JSON text as a file (a Blob and a.download work in Chromium and Electron). */
function download(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 导出批注备份 (all reports, one JSON file) and 导入批注备份 (merged without duplicates). */
export function BackupControls() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  const onExport = async () => {
    try {
      download(await exportBackupJson(getDb()), notesText.backupFileName(today()));
      setMessage(null);
    } catch (err) {
      setMessage(notesText.exportFailed(err instanceof Error ? err.message : String(err)));
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await importBackup(getDb(), await file.text());
      setMessage(notesText.imported(r.notesAdded + r.notesUpdated, r.decisionsAdded + r.decisionsUpdated));
    } catch (err) {
      setMessage(notesText.importFailed(err instanceof Error ? err.message : String(err)));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="backup-controls">
      <button type="button" onClick={() => void onExport()}>
        {notesText.exportBackup}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {notesText.importBackup}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={notesText.importBackup}
        data-testid="notes-import-input"
        onChange={(e) => void onImport(e.target.files?.[0])}
      />
      {message && (
        <p className="backup-message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
