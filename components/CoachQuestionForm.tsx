import { useState } from 'react';
import { addQuestion } from '../lib/store/db/questions';
import { LIMITS } from '../lib/domain/validation';
import { AddItemForm } from './AddItemForm';

interface CoachQuestionFormProps {
  className: string;
  /** The popup says what the field is for in its placeholder; the options page in a visible label. */
  labelHidden?: boolean;
  autoFocus?: boolean;
  /** Where the words typed and not yet noted are kept (each page its own). */
  draftKey: string;
  /** Shorter in the popup's narrow field. */
  placeholder?: string;
}

/** One line to note a question for the next coaching session, in the popup and the Coaching section. */
export function CoachQuestionForm({
  className,
  labelHidden,
  autoFocus,
  draftKey,
  placeholder = 'What do you want to ask at your next session?',
}: CoachQuestionFormProps) {
  const [noted, setNoted] = useState('');
  return (
    <div className={className}>
      <AddItemForm
        className="inline-form coach-question-form"
        label="Question for your coach"
        labelClassName={labelHidden ? 'visually-hidden' : undefined}
        placeholder={placeholder}
        maxLength={LIMITS.statement}
        autoFocus={autoFocus}
        draftKey={draftKey}
        button={{ label: 'Note it', className: 'button' }}
        onAdd={async (text) => {
          setNoted('');
          await addQuestion(text);
          setNoted('Noted for your next session.');
        }}
        failure="The question could not be noted."
      />
      <p className="hint" role="status">
        {noted}
      </p>
    </div>
  );
}
