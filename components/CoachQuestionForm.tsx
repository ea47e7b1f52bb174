import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  placeholder,
}: CoachQuestionFormProps) {
  const { t } = useTranslation('components');
  const [noted, setNoted] = useState(false);
  return (
    <div className={className}>
      <AddItemForm
        className="inline-form coach-question-form"
        label={t('coachQuestion.label')}
        labelClassName={labelHidden ? 'visually-hidden' : undefined}
        placeholder={placeholder ?? t('coachQuestion.placeholder')}
        maxLength={LIMITS.statement}
        autoFocus={autoFocus}
        draftKey={draftKey}
        button={{ label: t('coachQuestion.add'), className: 'button' }}
        onAdd={async (text) => {
          setNoted(false);
          await addQuestion(text);
          setNoted(true);
        }}
        failure={t('coachQuestion.failed')}
      />
      <p className="hint" role="status">
        {noted ? t('coachQuestion.noted') : ''}
      </p>
    </div>
  );
}
