import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { intlLocale } from '../../../lib/i18n';
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
  const { t } = useTranslation('data');
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
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.where')}</p>
      {info &&
        (info.persisted || !import.meta.env.FIREFOX ? (
          <p>{t('storage.kept')}</p>
        ) : (
          <p>{t('storage.notPersisted')}</p>
        ))}
      {info && (
        <p className="hint">
          {t('storage.using', {
            size: new Intl.NumberFormat(intlLocale(), {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(info.usage / 1024 / 1024),
          })}
        </p>
      )}
    </section>
  );
}

function DeleteSection() {
  const { t } = useTranslation('data');
  const id = useId();
  const [typed, setTyped] = useState('');
  const { error, run } = useRunAndReport();
  // The word to type is the leader's language's; "delete" is always taken too.
  const word = t('delete.word');
  const answer = typed.trim().toLowerCase();
  const confirmed = answer === word.toLowerCase() || answer === 'delete';

  async function deleteEverything() {
    await run(async () => {
      await deleteAllData();
      // What pages keep outside the database: the new tab's snapshot and unsaved drafts.
      localStorage.clear();
      // Not `location.hash = …`: its hashchange would let this page, still holding the old setup
      // state, record the old setup step again before the reload (seen in Firefox).
      history.replaceState(null, '', '#/setup/welcome');
      window.location.reload();
    }, t('delete.failed'));
  }

  return (
    <section aria-labelledby="delete-heading" className="card data-card danger-zone">
      <h2 id="delete-heading">{t('delete.heading')}</h2>
      <p>{t('delete.intro')}</p>
      <div className="field">
        <label htmlFor={id}>{t('delete.confirm', { word })}</label>
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
        {t('delete.button')}
      </button>
      <ErrorAlert error={error} />
    </section>
  );
}
