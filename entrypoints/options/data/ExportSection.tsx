import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLastBackup } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { asPhrase } from '../../../lib/domain/backup/describe';
import { MIN_PASSWORD_LENGTH, protectBackup } from '../../../lib/domain/backup/protect';
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
  const id = useId();
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [passwordProblem, setPasswordProblem] = useState('');
  /** Refusals so far: each one's alert is new, so the same words are said again. */
  const [refusals, setRefusals] = useState(0);

  /** Why the passwords cannot protect a backup, or '' when they can. */
  function checkPasswords(): string {
    if (password.length < MIN_PASSWORD_LENGTH) return t('export.tooShort', { min: MIN_PASSWORD_LENGTH });
    if (password !== repeat) return t('export.mismatch');
    return '';
  }

  async function exportNow() {
    const refusal = protect ? checkPasswords() : '';
    setPasswordProblem(refusal);
    if (refusal) {
      setRefusals((count) => count + 1);
      return;
    }
    setBusy(true);
    setStatus('');
    setWarning('');
    try {
      const start = performance.now();
      const file = await createBackup(browser.runtime.getManifest().version);
      const name = backupFileName(today(), protect);
      const text = JSON.stringify(file);
      const blob = new Blob([protect ? await protectBackup(text, password) : text], {
        type: 'application/json',
      });
      download(blob, name);
      // The password is in the file's making only; the page does not keep it.
      setPassword('');
      setRepeat('');
      // Read by `npm run bench`: from the click to the file handed to the browser.
      performance.measure('flourish:export', { start });
      // Then the very file is checked as a restore would check it (off the page, pictures decoded),
      // before it is called saved. It is kept whatever the check finds (a file the user has beats
      // none), so it goes first.
      setStatus(t('export.checking', { name }));
      const checkStart = performance.now();
      const result = await checkInWorker(
        blob,
        SCHEMA_VERSION,
        undefined,
        undefined,
        protect ? password : undefined,
      );
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
      <label className="check">
        <input
          type="checkbox"
          checked={protect}
          aria-describedby={`${id}-protect-hint`}
          onChange={(event) => {
            setProtect(event.target.checked);
            setPasswordProblem('');
          }}
        />
        {t('export.protect')}
      </label>
      <p id={`${id}-protect-hint`} className="hint">
        {t('export.protectHint')}
      </p>
      {protect && (
        <div className="password-fields">
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('export.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              className="input"
              autoComplete="new-password"
              value={password}
              aria-invalid={Boolean(passwordProblem) || undefined}
              aria-describedby={[`${id}-password-hint`, passwordProblem && `${id}-password-problem`]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => {
                setPassword(event.target.value);
                setPasswordProblem('');
              }}
            />
            <p id={`${id}-password-hint`} className="hint">
              {t('export.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('export.repeat')}</label>
            <input
              id={`${id}-repeat`}
              type="password"
              className="input"
              autoComplete="new-password"
              value={repeat}
              aria-invalid={Boolean(passwordProblem) || undefined}
              aria-describedby={passwordProblem ? `${id}-password-problem` : undefined}
              onChange={(event) => {
                setRepeat(event.target.value);
                setPasswordProblem('');
              }}
            />
          </div>
          {passwordProblem && (
            <p key={refusals} id={`${id}-password-problem`} className="error" role="alert">
              {passwordProblem}
            </p>
          )}
        </div>
      )}
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
