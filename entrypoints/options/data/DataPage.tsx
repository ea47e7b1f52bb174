import { useEffect, useId, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { deleteAllData } from '../../../lib/store/backup/wipe';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import './data.css';

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
  const { error, run } = useRunAndReport();
  const confirmed = typed.trim().toLowerCase() === 'delete';

  async function deleteEverything() {
    await run(async () => {
      await deleteAllData();
      // What pages keep outside the database: the new tab's snapshot and unsaved drafts.
      localStorage.clear();
      // Not `location.hash = …`: its hashchange would let this page, still holding the old setup
      // state, record the old setup step again before the reload (seen in Firefox).
      history.replaceState(null, '', '#/setup/welcome');
      window.location.reload();
    }, 'Your data could not be deleted.');
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
      <ErrorAlert error={error} />
    </section>
  );
}
