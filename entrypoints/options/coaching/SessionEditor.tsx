import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFieldAutosave } from '../../../components/use-field-autosave';
import { useOptimisticValues } from '../../../components/use-optimistic-values';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { bringQuestion } from '../../../lib/store/db/questions';
import { updateSession } from '../../../lib/store/db/sessions';
import type { CoachQuestion, CoachingSession } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { AgreementList } from './AgreementList';

interface SessionEditorProps {
  session: CoachingSession;
  questions: CoachQuestion[];
  onDelete: () => void;
}

/** One session: its date and the next one's, the leader's notes, the agreements, the questions brought. */
export function SessionEditor({ session, questions, onDelete }: SessionEditorProps) {
  const { t } = useTranslation('coaching');
  const id = useId();
  return (
    <article className="card session" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('session.heading')}
      </h3>
      <SessionDates session={session} />
      <AutosaveField
        label={t('session.notes')}
        hint={t('session.notesHint')}
        draftKey={`session.${session.id}.notes`}
        value={session.notes}
        save={(notes) => updateSession(session.id, { notes })}
        maxLength={LIMITS.statement}
        multiline
      />
      <AgreementList session={session} />
      <BroughtQuestions session={session} questions={questions} />
      <div className="session-actions">
        <button type="button" className="button quiet danger small" onClick={onDelete}>
          {t('session.delete')}
        </button>
      </div>
    </article>
  );
}

/** The two dates, each saved as it is set; a next session on or before this one is refused, with why. */
function SessionDates({ session }: { session: CoachingSession }) {
  const { t } = useTranslation('coaching');
  const id = useId();
  const form = useFieldAutosave(
    `session.${session.id}`,
    { day: session.day, nextDay: session.nextDay ?? '' },
    (changes) =>
      updateSession(session.id, {
        ...(changes.day !== undefined && { day: changes.day }),
        ...(changes.nextDay !== undefined && { nextDay: changes.nextDay || null }),
      }),
  );
  return (
    <div className="session-dates">
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('session.day')}</label>
        <input
          id={`${id}-day`}
          type="date"
          className="input"
          required
          value={form.values.day}
          aria-invalid={form.error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(event) => form.change('day', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-next`}>{t('session.nextDay')}</label>
        <input
          id={`${id}-next`}
          type="date"
          className="input"
          value={form.values.nextDay}
          aria-invalid={form.error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(event) => form.change('nextDay', event.target.value)}
        />
      </div>
      <div id={`${id}-error`} className="session-dates-error">
        <ErrorAlert error={form.error} />
      </div>
    </div>
  );
}

/** Waiting questions (and those brought to this session) as tick boxes: ticked, brought here. */
function BroughtQuestions({ session, questions }: { session: CoachingSession; questions: CoachQuestion[] }) {
  const { t } = useTranslation('coaching');
  const { error, run } = useRunAndReport();
  const shown = useMemo(
    () => questions.filter((q) => q.broughtTo === undefined || q.broughtTo === session.id),
    [questions, session.id],
  );
  // A tick shows at once, not a frame later when the write and the live query have run.
  const stored = useMemo(
    () => new Map(shown.map((q) => [q.id, q.broughtTo === session.id])),
    [shown, session.id],
  );
  const { valueOf, track } = useOptimisticValues(stored);
  return (
    <fieldset className="brought-questions">
      <legend>{t('session.brought')}</legend>
      {shown.length === 0 ? (
        <p className="hint">{t('session.noneWaiting')}</p>
      ) : (
        shown.map((question) => (
          <label key={question.id} className="check">
            <input
              type="checkbox"
              checked={valueOf(question.id) ?? false}
              onChange={(event) => {
                const brought = event.target.checked;
                void run(() =>
                  track(question.id, brought, () => bringQuestion(question.id, brought ? session.id : null)),
                );
              }}
            />
            {question.text}
          </label>
        ))
      )}
      <ErrorAlert error={error} />
    </fieldset>
  );
}
