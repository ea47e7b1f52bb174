import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckProgressView, checkStepSentence } from './CheckProgressView';
import { ImportPreview } from './ImportPreview';
import { useImport, type ImportProblem } from './use-import';

/** Restore: choose a file, see it checked (off the page, with progress), preview, then merge or replace. */
export function ImportSection() {
  const { t } = useTranslation('data');
  const id = useId();
  const {
    checking,
    backup,
    fileName,
    mode,
    plan,
    problem,
    done,
    busy,
    locked,
    choose,
    unlock,
    changeMode,
    restore,
  } = useImport();

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
      {locked && (
        <PasswordForm
          fileName={fileName}
          message={locked.message}
          wrong={locked.wrong}
          tries={locked.tries}
          opening={checking !== null}
          onUnlock={(password) => void unlock(password)}
          onCancel={() => void choose(undefined)}
        />
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

/**
 * The password of a protected backup. A wrong one is said under the field, which keeps what was
 * typed and the focus, so it can be corrected.
 */
function PasswordForm({
  fileName,
  message,
  wrong,
  tries,
  opening,
  onUnlock,
  onCancel,
}: {
  fileName: string;
  message: string;
  wrong: boolean;
  /** Wrong tries so far: each one's alert is new, so it is announced even when the words repeat. */
  tries: number;
  /** The password is being tried. */
  opening: boolean;
  onUnlock: (password: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('data');
  const id = useId();
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (password && !opening) onUnlock(password);
  }

  return (
    <form className="password-form" onSubmit={submit}>
      <p className="hint">{t('import.chosen', { name: fileName })}</p>
      <div className="field">
        <label htmlFor={id}>{t('import.password')}</label>
        <input
          id={id}
          type="password"
          className="input"
          autoComplete="current-password"
          // The form appears because a file was chosen: typing the password is the next step.
          autoFocus
          value={password}
          aria-describedby={`${id}-message`}
          aria-invalid={wrong || undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        {wrong ? (
          !opening && (
            <p key={tries} id={`${id}-message`} className="error" role="alert">
              {message}
            </p>
          )
        ) : (
          <p id={`${id}-message`} className="hint">
            {message}
          </p>
        )}
      </div>
      <div className="data-actions">
        {/* Not disabled while the password is tried: the focus stays on the button. */}
        <button type="submit" className="button primary" aria-disabled={opening || undefined}>
          {t('import.unlock')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </form>
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
