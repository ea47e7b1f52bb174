import { useId } from 'react';
import { CharacterCount } from './CharacterCount';
import { useGrowWithText } from './use-grow-with-text';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  maxLength: number;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
}

/** A labelled text field whose limit shows as a counter as the text nears it. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const grow = useGrowWithText(props.value);
  const describedBy = [props.hint && `${id}-hint`, `${id}-count`].filter(Boolean).join(' ');
  const common = {
    id,
    value: props.value,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
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
          rows={props.rows ?? 2}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input {...common} className="input" onChange={(event) => props.onChange(event.target.value)} />
      )}
      <CharacterCount id={`${id}-count`} length={props.value.length} max={props.maxLength} />
    </div>
  );
}
