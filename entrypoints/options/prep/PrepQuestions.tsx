import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from '../../../components/AddItemForm';
import { LIMITS } from '../../../lib/domain/validation';
import { addQuestion, waitingQuestions } from '../../../lib/store/db/questions';

/** The questions waiting for the next session, and a field to note another. */
export function PrepQuestions({ coach }: { coach: string }) {
  const { t } = useTranslation('prep');
  const questions = useLiveQuery(waitingQuestions, []);
  return (
    <section className="card prep-card" aria-labelledby="prep-questions">
      <h2 id="prep-questions">{t('questions.heading')}</h2>
      {questions?.length === 0 && <p className="hint">{t('questions.none')}</p>}
      {questions && questions.length > 0 && (
        <ul className="prep-list">
          {questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      )}
      <AddItemForm
        className="prep-question-form"
        label={coach ? t('questions.questionFor', { coach }) : t('questions.questionForYourCoach')}
        maxLength={LIMITS.statement}
        button={{ label: t('questions.add'), className: 'button' }}
        onAdd={addQuestion}
        failure={t('questions.failed')}
      />
    </section>
  );
}
