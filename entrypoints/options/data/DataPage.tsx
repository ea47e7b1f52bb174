import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStorageItem } from '../../../components/use-storage-item';
import { today } from '../../../lib/clock';
import { backupFileName, createBackup } from '../../../lib/backup/export';
import {
  SettingsNotRestored,
  applyImport,
  hasAnyData,
  planImport,
  type ImportMode,
  type TablePlan,
} from '../../../lib/backup/import';
import { parseIsoInstant } from '../../../lib/backup/instant';
import { checkOwnBackup, readBackupFile } from '../../../lib/backup/parse';
import { backupItem, recordExport, recordRestoredBackup } from '../../../lib/backup/reminder';
import type { BackupFile, TableName } from '../../../lib/backup/schema';
import { deleteAllData } from '../../../lib/backup/wipe';
import { SCHEMA_VERSION } from '../../../lib/db/schema';
import { describeError } from '../../../lib/errors';
import { formatDayLong } from '../../../lib/format';
import './data.css';

const TABLE_LABELS: Record<TableName, string> = {
  profile: 'Purpose and values',
  strengths: 'Strengths ranking',
  vision: 'Vision',
  visionImages: 'Vision board pictures',
  goals: 'Goals',
  commitments: 'Commitments',
  reviews: 'Daily reviews',
  weeklyReviews: 'Weekly reviews',
  recurrences: 'Recurring commitments',
};

/** Downloads a file through a Blob link: no downloads permission needed. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backup and restore, storage, and deleting everything. */
export default function DataPage() {
  return (
    <div className="data-page">
      <ExportSection />
      <ImportSection />
      <StorageSection />
      <DeleteSection />
    </div>
  );
}

function ExportSection() {
  const backup = useStorageItem(backupItem);
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
      // Then the file is checked as a restore would check it, before it is called saved. It is
      // kept whatever the check finds (a file the user has beats none), so it goes first.
      const checkStart = performance.now();
      const problems = checkOwnBackup(file, blob.size);
      performance.measure('flourish:export-check', { start: checkStart });
      if (problems.length > 0) {
        setWarning(
          `${name} was saved, but Flourish could not restore it as it is: ${problems[0]}. Your data on this device is untouched; keep this file, and make a new backup after updating Flourish.`,
        );
        return;
      }
      await recordExport();
      setStatus(`Saved ${name} to your downloads.`);
    } catch (failure) {
      setWarning(describeError(failure, 'The backup could not be made.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-heading" className="card data-card">
      <h2 id="export-heading">Back up</h2>
      <p>
        One file with everything: your foundation, vision board pictures, commitments, reviews and settings.
        Keep it somewhere safe; it never leaves this device unless you move it.
      </p>
      <p className="hint">
        {backup?.lastExportAt
          ? `Last backup: ${formatDayLong(today(backup.lastExportAt))}.`
          : 'No backup made on this device yet.'}
      </p>
      <button type="button" className="button primary" disabled={busy} onClick={() => void exportNow()}>
        {busy ? 'Preparing…' : 'Download a backup'}
      </button>
      <p role="status" className="hint">
        {status}
      </p>
      {warning && (
        <p role="alert" className="error">
          {warning}
        </p>
      )}
    </section>
  );
}

/** "3 new, 1 updated, 40 kept", and what else a merge does to the table. */
function mergeSummary(row: TablePlan): string {
  const parts = [`${row.added} new`, `${row.updated} updated`, `${row.kept} kept`];
  if (row.removed > 0) parts.push(`${row.removed} removed`);
  if (row.leftOut > 0) {
    const why = row.table === 'strengths' ? 'this device’s ranking is newer' : 'the board is full';
    parts.push(`${row.leftOut} left out: ${why}`);
  }
  return parts.join(', ');
}

function ImportSection() {
  const id = useId();
  const [backup, setBackup] = useState<BackupFile | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<TablePlan[] | null>(null);
  const [problem, setProblem] = useState<{ message: string; details: string[]; unchanged: boolean } | null>(
    null,
  );
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!backup) return;
    let active = true;
    planImport(backup, mode).then(
      (next) => active && setPlan(next),
      (failure: unknown) =>
        active &&
        setProblem({
          message: describeError(failure, 'Flourish could not compare the backup with this device’s data.'),
          details: [],
          unchanged: false,
        }),
    );
    return () => {
      active = false;
    };
  }, [backup, mode]);

  async function choose(file: File | undefined) {
    setDone('');
    setProblem(null);
    setBackup(null);
    setPlan(null);
    if (!file) return;
    setFileName(file.name);
    const start = performance.now();
    const result = await readBackupFile(file, SCHEMA_VERSION);
    performance.measure('flourish:import-read', { start });
    if (!result.ok) {
      setProblem({ message: result.message, details: result.problems, unchanged: true });
      return;
    }
    // Nothing here to merge with (a new device, or after Delete all): restore it whole.
    setMode((await hasAnyData().catch(() => true)) ? 'merge' : 'replace');
    setBackup(result.backup);
  }

  function changeMode(next: ImportMode) {
    setPlan(null);
    setMode(next);
  }

  async function restore() {
    if (!backup) return;
    setBusy(true);
    try {
      const start = performance.now();
      await applyImport(backup, mode);
      performance.measure('flourish:import-write', { start });
      // After a replace this device holds exactly that backup; after a merge it holds more.
      // (The schema has checked that exportedAt is an instant.)
      if (mode === 'replace')
        await recordRestoredBackup(parseIsoInstant(backup.exportedAt)!).catch(() => undefined);
      setDone(
        mode === 'replace'
          ? 'Your data was replaced with the backup. Open a new tab to see your vision.'
          : 'The backup was merged into your data.',
      );
      setBackup(null);
      setPlan(null);
    } catch (failure) {
      if (failure instanceof SettingsNotRestored) {
        // The data is in: after a replace, this device holds that backup's data.
        if (mode === 'replace')
          await recordRestoredBackup(parseIsoInstant(backup.exportedAt)!).catch(() => undefined);
        setProblem({ message: failure.message, details: [], unchanged: false });
        setBackup(null);
        setPlan(null);
      } else {
        // describeError says that nothing was changed.
        setProblem({
          message: describeError(failure, 'The backup could not be imported.'),
          details: [],
          unchanged: false,
        });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading" className="card data-card">
      <h2 id="import-heading">Restore from a backup</h2>
      <div className="field">
        <label htmlFor={id}>Backup file</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          className="file-input"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {problem && (
        <div className="error" role="alert">
          <p>{problem.message}</p>
          {problem.details.length > 1 && (
            <ul>
              {problem.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {problem.unchanged && <p>Nothing was changed.</p>}
        </div>
      )}
      {backup && (
        <div className="import-preview">
          <h3>{fileName}</h3>
          <p>
            Made on {new Date(backup.exportedAt).toLocaleString()} with Flourish {backup.appVersion}.
          </p>
          <fieldset>
            <legend>How to restore it</legend>
            <label className="radio">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'merge'}
                onChange={() => changeMode('merge')}
              />
              Merge: add what is missing here, and take the newer version of anything on both
            </label>
            <label className="radio">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === 'replace'}
                onChange={() => changeMode('replace')}
              />
              Replace everything: this device’s data and settings become the backup’s
            </label>
          </fieldset>
          {plan && (
            <table className="plan">
              <caption>What will happen</caption>
              <thead>
                <tr>
                  <th scope="col">Data</th>
                  <th scope="col">In the backup</th>
                  <th scope="col">Here now</th>
                  <th scope="col">{mode === 'replace' ? 'Replaced' : 'New, updated, kept'}</th>
                </tr>
              </thead>
              <tbody>
                {plan.map((row) => (
                  <tr key={row.table}>
                    <th scope="row">{TABLE_LABELS[row.table]}</th>
                    <td>{row.incoming}</td>
                    <td>{row.current}</td>
                    <td>
                      {mode === 'replace' ? `${row.current} replaced by ${row.incoming}` : mergeSummary(row)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="data-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || !plan}
              onClick={() => void restore()}
            >
              {mode === 'replace' ? 'Replace everything' : 'Merge'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void choose(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className="hint">
        {busy ? 'Restoring… years of history can take a few seconds.' : done}
      </p>
    </section>
  );
}

function StorageSection() {
  const [info, setInfo] = useState<{ persisted: boolean; usage: number } | null>(null);
  useEffect(() => {
    void (async () => {
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      const usage = (await navigator.storage?.estimate?.())?.usage ?? 0;
      setInfo({ persisted, usage });
    })();
  }, []);
  return (
    <section aria-labelledby="storage-heading" className="card data-card">
      <h2 id="storage-heading">Storage</h2>
      <p>
        Flourish keeps everything in this browser’s storage for the extension. It is not cleared when you
        clear your browsing history, and it goes if you delete it here or remove Flourish.
      </p>
      {info &&
        (info.persisted || !import.meta.env.FIREFOX ? (
          <p>The browser keeps it even when the disk runs low on space.</p>
        ) : (
          <p>
            Firefox has not marked it as persistent storage, so if the disk runs very low on space it could
            clear it. Keep a recent backup.
          </p>
        ))}
      {info && <p className="hint">Using {(info.usage / 1024 / 1024).toFixed(1)} MB on this device.</p>}
    </section>
  );
}

function DeleteSection() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const confirmed = typed.trim().toLowerCase() === 'delete';

  async function deleteEverything() {
    try {
      await deleteAllData();
      // What pages keep outside the database: the new tab's snapshot and unsaved drafts.
      localStorage.clear();
      // Not `location.hash = …`: its hashchange would let this page, still holding the old setup
      // state, record the old setup step again before the reload (seen in Firefox).
      history.replaceState(null, '', '#/setup/welcome');
      window.location.reload();
    } catch (failure) {
      setError(describeError(failure, 'Your data could not be deleted.'));
    }
  }

  return (
    <section aria-labelledby="delete-heading" className="card data-card danger-zone">
      <h2 id="delete-heading">Delete all my data</h2>
      <p>
        Removes your foundation, vision board, commitments, reviews and settings from this device. This cannot
        be undone: download a backup first if you may want it back.
      </p>
      <div className="field">
        <label htmlFor={id}>Type “delete” to confirm</label>
        <input
          id={id}
          className="input confirm-input"
          value={typed}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button danger-button"
        disabled={!confirmed}
        onClick={() => void deleteEverything()}
      >
        Delete everything
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
