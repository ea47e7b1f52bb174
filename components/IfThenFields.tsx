import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../lib/domain/validation';
import { CharacterCount } from './CharacterCount';
import type { PlanWords } from './plan-draft';
import { useGrowWithText } from './use-grow-with-text';
import './if-then-fields.css';

interface IfThenFieldsProps {
  /** Prefix of the fields' ids. */
  id: string;
  values: PlanWords;
  onChange: (field: keyof PlanWords, value: string) => void;
  /** Examples shown in the empty fields; by default a plan for a board update. */
  placeholders?: PlanWords;
  /** The question the "I will" half answers, said under it. */
  ask?: string;
}

/** Enter sends the form, as in a one-line field: each half is a phrase. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

interface HalfProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  describedBy: string;
  onChange: (value: string) => void;
}

/**
 * One half: a text area that grows with its words (a pre-filled “When” is read whole, not cut off
 * at the field's edge), one phrase long, so Enter sends and a line break typed or pasted is a space.
 */
function PlanHalf({ id, label, value, placeholder, describedBy, onChange }: HalfProps) {
  const grow = useGrowWithText(value);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={grow}
        className="textarea if-then-input"
        rows={1}
        value={value}
        maxLength={LIMITS.commitmentTitle}
        placeholder={placeholder}
        aria-describedby={describedBy}
        onKeyDown={submitOnEnter}
        onChange={(event) => onChange(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      />
    </>
  );
}

/** The two halves of an if-then plan, “When …” and “I will …”, each a short phrase. */
export function IfThenFields({ id, values, onChange, placeholders, ask }: IfThenFieldsProps) {
  const { t } = useTranslation('components');
  return (
    <>
      <div className="if-then-row">
        <PlanHalf
          id={`${id}-when`}
          label={t('ifThen.when')}
          value={values.when}
          placeholder={placeholders?.when ?? t('ifThen.example.when')}
          describedBy={`${id}-when-count`}
          onChange={(value) => onChange('when', value)}
        />
        <CharacterCount id={`${id}-when-count`} length={values.when.length} max={LIMITS.commitmentTitle} />
      </div>
      <div className="if-then-row">
        <PlanHalf
          id={`${id}-then`}
          label={t('ifThen.then')}
          value={values.then}
          placeholder={placeholders?.then ?? t('ifThen.example.then')}
          describedBy={`${ask ? `${id}-ask ` : ''}${id}-then-count`}
          onChange={(value) => onChange('then', value)}
        />
        {ask && (
          <span id={`${id}-ask`} className="if-then-ask">
            {ask}
          </span>
        )}
        <CharacterCount id={`${id}-then-count`} length={values.then.length} max={LIMITS.commitmentTitle} />
      </div>
    </>
  );
}
