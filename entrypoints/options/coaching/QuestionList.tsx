import { AutosaveField } from '../../../components/AutosaveField';
import { useTranslation } from 'react-i18next';
import { CoachQuestionForm } from '../../../components/CoachQuestionForm';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { removeQuestion, restoreQuestion, updateQuestion } from '../../../lib/store/db/questions';
import type { CoachQuestion } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';

/** The questions waiting for the next session: note one at any time, reword it, remove it. */
export function QuestionList({ questions }: { questions: CoachQuestion[] }) {
  const { t } = useTranslation('coaching');
  const { error, run } = useRunAndReport();
  const offerUndo = useUndo();
  const waiting = questions.filter((question) => question.broughtTo === undefined);
  return (
    <section className="coach-questions" aria-labelledby="coach-questions-heading">
      <h2 id="coach-questions-heading">{t('questions.heading')}</h2>
      <p className="hint">{t('questions.intro')}</p>
      <CoachQuestionForm className="coach-question-add" draftKey="coaching.new-question" />
      <ErrorAlert error={error} />
      {waiting.length === 0 ? (
        <p className="hint">{t('questions.none')}</p>
      ) : (
        <ul className="plain-list question-list" aria-label={t('questions.waiting')}>
          {waiting.map((question) => (
            <li key={question.id} className="question-row">
              <AutosaveField
                label={t('questions.question')}
                labelHidden
                context={question.text}
                draftKey={`question.${question.id}.text`}
                value={question.text}
                save={(text) => updateQuestion(question.id, text)}
                maxLength={LIMITS.statement}
                multiline
              />
              <button
                type="button"
                className="button quiet danger small"
                onClick={async () => {
                  if (await run(() => removeQuestion(question.id)))
                    offerUndo(t('questions.removed', { text: question.text }), () =>
                      restoreQuestion(question),
                    );
                }}
              >
                {t('questions.remove')}
                <span className="visually-hidden">: {question.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
