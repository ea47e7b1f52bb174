import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckProgressView, checkStepSentence } from './CheckProgressView';
import { ImportPreview } from './ImportPreview';
import { useImport, type ImportProblem } from './use-import';

/** Restore: choose a file, see it checked (off the page, with progress), preview, then merge or replace. */
export function ImportSection() {
  const { t } = useTranslation('data');
  const id = useId();
  const { checking, backup, fileName, mode, plan, problem, done, busy, choose, changeMode, restore } =
    useImport();

  const status = checking ? checkStepSentence(checking, fileName) : busy ? t('import.restoring') : done;

  return (
    <section aria-labelledby="import-heading" className="card data-card">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('import.file')}</label>
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
            {t('import.stop')}
          </button>
        </div>
      )}
      {problem && <ProblemAlert problem={problem} />}
      {backup && (
        <ImportPreview
          id={id}
          fileName={fileName}
          backup={backup}
          mode={mode}
          onMode={changeMode}
          plan={plan}
          busy={busy}
          onRestore={() => void restore()}
          onCancel={() => void choose(undefined)}
        />
      )}
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}

function ProblemAlert({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation('data');
  return (
    <div className="error" role="alert">
      <p>{problem.message}</p>
      {problem.details.length > 1 && (
        <ul>
          {problem.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {problem.unchanged && <p>{t('import.unchanged')}</p>}
    </div>
  );
}
