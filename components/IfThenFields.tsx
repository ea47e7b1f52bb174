import type { Ref } from 'react';
import { LIMITS } from '../lib/domain/validation';
import { CharacterCount } from './CharacterCount';
import type { PlanWords } from './plan-draft';
import './if-then-fields.css';

interface IfThenFieldsProps {
  /** Prefix of the fields' ids. */
  id: string;
  values: PlanWords;
  onChange: (field: keyof PlanWords, value: string) => void;
  /** Examples shown in the empty fields. */
  placeholders?: PlanWords;
  /** The question the "I will" half answers, said under it. */
  ask?: string;
  thenRef?: Ref<HTMLInputElement>;
}

const EXAMPLE: PlanWords = { when: 'it is 4 pm', then: 'write the board update' };

/** The two halves of an if-then plan, “When …” and “I will …”, each a short phrase. */
export function IfThenFields({
  id,
  values,
  onChange,
  placeholders = EXAMPLE,
  ask,
  thenRef,
}: IfThenFieldsProps) {
  return (
    <>
      <div className="if-then-row">
        <label htmlFor={`${id}-when`}>When</label>
        <input
          id={`${id}-when`}
          className="input"
          value={values.when}
          maxLength={LIMITS.commitmentTitle}
          placeholder={placeholders.when}
          aria-describedby={`${id}-when-count`}
          onChange={(event) => onChange('when', event.target.value)}
        />
        <CharacterCount id={`${id}-when-count`} length={values.when.length} max={LIMITS.commitmentTitle} />
      </div>
      <div className="if-then-row">
        <label htmlFor={`${id}-then`}>I will</label>
        <input
          id={`${id}-then`}
          ref={thenRef}
          className="input"
          value={values.then}
          maxLength={LIMITS.commitmentTitle}
          placeholder={placeholders.then}
          aria-describedby={`${ask ? `${id}-ask ` : ''}${id}-then-count`}
          onChange={(event) => onChange('then', event.target.value)}
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
