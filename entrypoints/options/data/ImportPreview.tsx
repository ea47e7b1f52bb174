import type { RestorableBackup } from '../../../lib/domain/backup/check';
import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import { ImportPlanTable } from './ImportPlanTable';

interface ImportPreviewProps {
  /** Names the mode's radio buttons. */
  id: string;
  fileName: string;
  backup: RestorableBackup;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  /** Null while it is worked out. */
  plan: TablePlan[] | null;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}

/** A checked backup: when it was made, merge or replace, what that would do, and the go-ahead. */
export function ImportPreview(props: ImportPreviewProps) {
  const { id, backup, mode, plan, busy } = props;
  return (
    <div className="import-preview">
      <h3>{props.fileName}</h3>
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
            onChange={() => props.onMode('merge')}
          />
          Merge: add what is missing here, and take the newer version of anything on both
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'replace'}
            onChange={() => props.onMode('replace')}
          />
          Replace everything: this device’s data and settings become the backup’s
        </label>
      </fieldset>
      {plan && <ImportPlanTable plan={plan} mode={mode} />}
      <div className="data-actions">
        <button type="button" className="button primary" disabled={busy || !plan} onClick={props.onRestore}>
          {mode === 'replace' ? 'Replace everything' : 'Merge'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
