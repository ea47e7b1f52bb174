import { AutosaveField } from '../../../components/AutosaveField';
import { CoachQuestionForm } from '../../../components/CoachQuestionForm';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { removeQuestion, restoreQuestion, updateQuestion } from '../../../lib/store/db/questions';
import type { CoachQuestion } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';

/** The questions waiting for the next session: note one at any time, reword it, remove it. */
export function QuestionList({ questions }: { questions: CoachQuestion[] }) {
  const { error, run } = useRunAndReport();
  const offerUndo = useUndo();
  const waiting = questions.filter((question) => question.broughtTo === undefined);
  return (
    <section className="coach-questions" aria-labelledby="coach-questions-heading">
      <h2 id="coach-questions-heading">Questions for your coach</h2>
      <p className="hint">
        Note a question whenever it comes up, here or from the toolbar popup (“Ask your coach”). When you
        record a session, tick the ones you brought.
      </p>
      <CoachQuestionForm className="coach-question-add" draftKey="coaching.new-question" />
      <ErrorAlert error={error} />
      {waiting.length === 0 ? (
        <p className="hint">No questions waiting.</p>
      ) : (
        <ul className="plain-list question-list" aria-label="Questions waiting">
          {waiting.map((question) => (
            <li key={question.id} className="question-row">
              <AutosaveField
                label="Question"
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
                    offerUndo(`Removed the question “${question.text}”.`, () => restoreQuestion(question));
                }}
              >
                Remove<span className="visually-hidden">: {question.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
