import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openDatabase, type OpenResult } from '../lib/store/db/open';
import './database-gate.css';

/** Renders its children once the database is open, and a plain-words explanation if it can't be. */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [result, setResult] = useState<OpenResult>();

  useEffect(() => {
    let active = true;
    void openDatabase().then((outcome) => {
      if (active) setResult(outcome);
    });
    return () => {
      active = false;
    };
  }, []);

  if (!result) return null;
  if (result.ok) return children;
  return <StorageProblem message={result.message} detail={result.detail} />;
}

/** The page shown instead of Flourish when the browser refuses its database. */
export function StorageProblem({ message, detail }: { message: string; detail: string }) {
  const { t } = useTranslation('components');
  return (
    <main className="storage-problem">
      <div role="alert">
        <h1>{t('storageProblem.heading')}</h1>
        <p>{message}</p>
      </div>
      <details>
        <summary>{t('common:technicalDetails')}</summary>
        <code>{detail}</code>
      </details>
    </main>
  );
}
