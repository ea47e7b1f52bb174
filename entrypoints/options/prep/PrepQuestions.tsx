import { useLiveQuery } from 'dexie-react-hooks';
import { AddItemForm } from '../../../components/AddItemForm';
import { LIMITS } from '../../../lib/domain/validation';
import { addQuestion, waitingQuestions } from '../../../lib/store/db/questions';

/** The questions waiting for the next session, and a field to note another. */
export function PrepQuestions({ coach }: { coach: string }) {
  const questions = useLiveQuery(waitingQuestions, []);
  return (
    <section className="card prep-card" aria-labelledby="prep-questions">
      <h2 id="prep-questions">Questions to bring</h2>
      {questions?.length === 0 && <p className="hint">No questions noted yet.</p>}
      {questions && questions.length > 0 && (
        <ul className="prep-list">
          {questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ul>
      )}
      <AddItemForm
        className="prep-question-form"
        label={`A question for ${coach || 'your coach'}`}
        maxLength={LIMITS.statement}
        button={{ label: 'Add question', className: 'button' }}
        onAdd={addQuestion}
        failure="The question could not be saved."
      />
    </section>
  );
}
