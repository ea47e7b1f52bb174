import { useEffect, useId, useRef, useState } from 'react';
import type { CheckProgress, RestorableBackup } from '../../../lib/domain/backup/check';
import { SettingsNotRestored, applyImport, hasAnyData, planImport } from '../../../lib/store/backup/import';
import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import type { TableName } from '../../../lib/domain/entities/tables';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { describeError } from '../../../lib/domain/errors';
import { CheckProgressView, checkStepSentence } from './CheckProgressView';
import { checkInWorker } from './check-in-worker';

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

interface Problem {
  message: string;
  details: string[];
  unchanged: boolean;
}

/** Restore: choose a file, see it checked (off the page, with progress), preview, then merge or replace. */
export function ImportSection() {
  const id = useId();
  const [checking, setChecking] = useState<CheckProgress | null>(null);
  const [backup, setBackup] = useState<RestorableBackup | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<TablePlan[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const check = useRef<AbortController | null>(null);

  // Leaving the page ends a check still running.
  useEffect(() => () => check.current?.abort(), []);

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
    check.current?.abort();
    check.current = null;
    setDone('');
    setProblem(null);
    setBackup(null);
    setPlan(null);
    setChecking(null);
    if (!file) return;
    const controller = new AbortController();
    check.current = controller;
    setFileName(file.name);
    setChecking({ step: 'reading', done: 0, total: file.size });
    const start = performance.now();
    const result = await checkInWorker(file, SCHEMA_VERSION, setChecking, controller.signal);
    // Another file was chosen, or the check was stopped: that one's answer is not wanted.
    if (result === null || controller.signal.aborted) return;
    check.current = null;
    performance.measure('flourish:import-read', { start });
    setChecking(null);
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
      setDone(
        mode === 'replace'
          ? 'Your data was replaced with the backup. Open a new tab to see your vision.'
          : 'The backup was merged into your data.',
      );
      setBackup(null);
      setPlan(null);
    } catch (failure) {
      if (failure instanceof SettingsNotRestored) {
        // The data is in; its settings follow when Flourish next opens.
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

  const status = checking
    ? checkStepSentence(checking, fileName)
    : busy
      ? 'Restoring… years of history can take a few seconds.'
      : done;

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
          disabled={busy}
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {checking && (
        <div className="data-actions">
          <CheckProgressView progress={checking} />
          <button type="button" className="button" onClick={() => void choose(undefined)}>
            Stop checking
          </button>
        </div>
      )}
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
        {status}
      </p>
    </section>
  );
}
