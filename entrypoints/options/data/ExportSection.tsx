import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLastBackup } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { asPhrase } from '../../../lib/domain/backup/describe';
import { backupFileName, createBackup } from '../../../lib/store/backup/export';
import { recordExport } from '../../../lib/store/storage-items';
import { today } from '../../../lib/platform/clock';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { describeError } from '../../../lib/domain/errors';
import { checkInWorker } from './check-in-worker';
import { lastBackupLine } from './last-backup';

/** Downloads a file through a Blob link: no downloads permission needed. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Back up: one file with everything, checked as a restore would check it before it is called saved. */
export function ExportSection() {
  const { t } = useTranslation('data');
  const backup = useLastBackup();
  const now = useNow();
  const [status, setStatus] = useState('');
  const [warning, setWarning] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportNow() {
    setBusy(true);
    setStatus('');
    setWarning('');
    try {
      const start = performance.now();
      const file = await createBackup(browser.runtime.getManifest().version);
      const name = backupFileName(today());
      const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
      download(blob, name);
      // Read by `npm run bench`: from the click to the file handed to the browser.
      performance.measure('flourish:export', { start });
      // Then the very file is checked as a restore would check it (off the page, pictures decoded),
      // before it is called saved. It is kept whatever the check finds (a file the user has beats
      // none), so it goes first.
      setStatus(t('export.checking', { name }));
      const checkStart = performance.now();
      const result = await checkInWorker(blob, SCHEMA_VERSION);
      performance.measure('flourish:export-check', { start: checkStart });
      if (result && !result.ok) {
        setStatus('');
        setWarning(
          t('export.notRestorable', { name, problem: result.problems[0] ?? asPhrase(result.message) }),
        );
        return;
      }
      await recordExport();
      setStatus(t('export.saved', { name }));
    } catch (failure) {
      setStatus('');
      setWarning(describeError(failure, t('export.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-heading" className="card data-card">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <p className="hint">{backup && lastBackupLine(backup.lastExportAt, now)}</p>
      <button type="button" className="button primary" disabled={busy} onClick={() => void exportNow()}>
        {busy ? t('export.preparing') : t('export.download')}
      </button>
      <p role="status" className="hint">
        {status}
      </p>
      <ErrorAlert error={warning} />
    </section>
  );
}
