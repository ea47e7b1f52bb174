import { useTranslation } from 'react-i18next';
import { useSyncChoice } from '../../../components/use-storage-items';
import type { RestorableBackup } from '../../../lib/domain/backup/check';
import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import { intlLocale } from '../../../lib/i18n';
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
  const { t } = useTranslation('data');
  const { id, backup, mode, plan, busy } = props;
  const synced = useSyncChoice()?.enabled === true;
  const made = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(backup.exportedAt),
  );
  return (
    <div className="import-preview">
      <h3>{props.fileName}</h3>
      <p>{t('preview.made', { date: made, version: backup.appVersion })}</p>
      <fieldset>
        <legend>{t('preview.how')}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'merge'}
            onChange={() => props.onMode('merge')}
          />
          {t('preview.merge')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'replace'}
            onChange={() => props.onMode('replace')}
          />
          {t('preview.replace')}
        </label>
      </fieldset>
      {/* Replacing here does not delete on the other computers: what they hold comes back. */}
      {mode === 'replace' && synced && <p className="hint">{t('preview.replaceSynced')}</p>}
      {plan && <ImportPlanTable plan={plan} mode={mode} />}
      <div className="data-actions">
        <button type="button" className="button primary" disabled={busy || !plan} onClick={props.onRestore}>
          {mode === 'replace' ? t('preview.replaceButton') : t('preview.mergeButton')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={props.onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </div>
  );
}
