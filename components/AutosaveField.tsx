import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from './CharacterCount';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './use-autosave';
import { useGrowWithText } from './use-grow-with-text';
import './autosave-field.css';

interface AutosaveFieldProps {
  label: string;
  /** Key of the synchronous draft, unique per field and row (e.g. `goal.<id>.title`). */
  draftKey: string;
  value: string;
  save: (text: string) => Promise<unknown>;
  maxLength: number;
  hint?: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  labelHidden?: boolean;
  /** Said after the label to screen readers only, so that fields repeated per row (a goal's) can be told apart. */
  context?: string;
}

/** A labelled text field that saves itself, shows its saved state, and counts towards its limit. */
export function AutosaveField(props: AutosaveFieldProps) {
  const { t } = useTranslation('components');
  const id = useId();
  const { value, onChange, onFocus, onBlur, state } = useAutosave(props.draftKey, props.value, props.save);
  const grow = useGrowWithText(value);
  const describedBy = [props.hint && `${id}-hint`, `${id}-count`, `${id}-status`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-describedby': describedBy,
    'aria-invalid': state.kind === 'error' && !state.reverted ? true : undefined,
    onFocus,
    onBlur,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
        {props.context && (
          <span className="visually-hidden">{t('autosave.context', { context: props.context })}</span>
        )}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea
          {...common}
          ref={grow}
          className="textarea"
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input {...common} className="input" onChange={(event) => onChange(event.target.value)} />
      )}
      <div className="field-footer">
        <SaveStatus state={state} id={`${id}-status`} />
        <CharacterCount id={`${id}-count`} length={value.length} max={props.maxLength} />
      </div>
    </div>
  );
}
